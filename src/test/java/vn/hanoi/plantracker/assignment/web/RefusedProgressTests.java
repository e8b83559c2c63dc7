package vn.hanoi.plantracker.assignment.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.springframework.web.util.HtmlUtils;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A refused progress form leaves the browser on {@code /assignments/{id}/progress}: that
 * address answers a GET too (a reload, a language switch) with the form as it was
 * refused, its typed text and its messages, in the language asked for; and "Gửi duyệt"
 * without a note asks for the note only, not for 100 %.
 */
@IntegrationTest
class RefusedProgressTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void theRefusedFormsAddressAnswersAReloadAndALanguageSwitchWithTheTypedText() throws Exception {
		String agency = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(agency);
		long id = this.fixtures.freshAssignment(agency);
		long version = this.fixtures.version(id);
		String progress = "/assignments/" + id + "/progress";
		// without a refused form, the address leads to the assignment page
		this.mvc.perform(get(progress).with(this.fixtures.as(officer))).andExpect(redirectedUrl("/assignments/" + id));

		MvcResult refused = this.mvc
			.perform(post(progress).param("version", "" + version)
				.param("status", "IN_PROGRESS")
				.param("percent", "20")
				.param("intent", "submit")
				.param("documentRef", "Công văn 12/UBND")
				.param("difficulties", "Thiếu kinh phí tuyên truyền")
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		// the session is Spring Session's, named by its cookie
		Cookie[] session = refused.getResponse().getCookies();
		assertThat(session).isNotEmpty();
		assertThat(refused.getResponse().getContentAsString()).contains("Để gửi duyệt, hãy nêu kết quả thực hiện")
			.as("only the note is missing: Gửi duyệt sends 100 % itself")
			.doesNotContain("100% và");

		String reloaded = HtmlUtils
			.htmlUnescape(this.mvc.perform(get(progress).cookie(session).with(this.fixtures.as(officer)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(reloaded).contains("Để gửi duyệt, hãy nêu kết quả thực hiện")
			.contains("Công văn 12/UBND")
			.contains("Thiếu kinh phí tuyên truyền")
			.doesNotContain("Whitelabel");
		String english = HtmlUtils.htmlUnescape(
				this.mvc.perform(get(progress).param("lang", "en").cookie(session).with(this.fixtures.as(officer)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(english).contains("To submit for review, fill in")
			.doesNotContain("set percent complete to 100")
			.contains("Công văn 12/UBND");
		assertThat(this.fixtures.version(id)).as("nothing was saved").isEqualTo(version);

		// saved at last: the address leads to the assignment page again
		this.mvc
			.perform(post(progress).cookie(session)
				.param("version", "" + version)
				.param("status", "IN_PROGRESS")
				.param("percent", "20")
				.param("note", "Đã tổ chức 2 buổi tuyên truyền")
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andExpect(redirectedUrl("/assignments/" + id));
		this.mvc.perform(get(progress).cookie(session).with(this.fixtures.as(officer)))
			.andExpect(redirectedUrl("/assignments/" + id));
	}

	@Test
	void anotherAgencysOfficerGetsNothingFromTheAddress() throws Exception {
		String agency = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(agency);
		long id = this.fixtures.freshAssignment(agency);
		Cookie[] session = this.mvc
			.perform(post("/assignments/" + id + "/progress").param("version", "" + this.fixtures.version(id))
				.param("status", "IN_PROGRESS")
				.param("percent", "250")
				.param("note", "Bí mật của phường")
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getCookies();
		String other = this.fixtures.unusedCommune();
		this.mvc
			.perform(get("/assignments/" + id + "/progress").cookie(session)
				.with(this.fixtures.as(this.fixtures.officerOf(other))))
			.andExpect(status().isNotFound());
	}

}
