package vn.hanoi.plantracker.round;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sending a round report with task lines left empty: the typed report is saved as a draft
 * and the confirmation step, at an address of its own, says how many lines are empty;
 * only its button sends the report. A report with every line filled in is sent at once; a
 * save that fails comes back to the report's own page with what was typed.
 */
@IntegrationTest
class EmptyReportLinesTests {

	@Autowired
	Rounds rounds;

	@Autowired
	AgencyReports agencyReports;

	@Autowired
	Reports reports;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DemoUsers demo;

	@Autowired
	MockMvc mvc;

	private RoundSupport support;

	@BeforeEach
	void support() {
		this.support = new RoundSupport(this.rounds, this.reports, this.fixtures);
	}

	@Test
	void sendingWithEmptyLinesSavesTheDraftAndAsksFirstNamingHowManyAreEmpty() throws Exception {
		long round = this.support.open(2031, null);
		long health = this.support.agencyId("SYT");
		String base = "/rounds/" + round + "/reports/" + health;
		List<RoundDossier.Line> lines = lines(round, health);
		assertThat(lines).as("the agency has several task lines").hasSizeGreaterThan(1);

		MockHttpServletRequestBuilder send = report(base, 0, "Tổ chức 03 hội nghị tập huấn", "submit")
			.param("lines[0].assignmentId", String.valueOf(lines.get(0).assignmentId()))
			.param("lines[0].result", "Đã ban hành quy chế phối hợp");
		this.mvc.perform(send).andExpect(redirectedUrl(base + "/submit"));
		assertThat(this.support.status(round, health)).as("saved, not sent").isEqualTo("DRAFT");
		assertThat(this.support.history(round, health)).containsExactly("SAVE");
		assertThat(lines(round, health).get(0).result()).isEqualTo("Đã ban hành quy chế phối hợp");

		// the confirmation step, which a reload or a language switch shows again
		String page = this.mvc.perform(get(base + "/submit").with(this.demo.as("officer.health")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Gửi báo cáo tới cơ quan thường trực?")
			.contains((lines.size() - 1) + "/" + lines.size() + " dòng nhiệm vụ chưa ghi kết quả")
			.contains("action=\"" + base + "/submit\"")
			.contains("name=\"version\" value=\"" + this.support.version(round, health) + "\"");
		String english = this.mvc
			.perform(get(base + "/submit").param("lang", "en").with(this.demo.as("officer.health")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains((lines.size() - 1) + " of the " + lines.size() + " task lines have no result");

		// a POST without the confirmation sends nothing
		this.mvc
			.perform(post(base + "/submit").with(this.demo.as("officer.health"))
				.with(csrf())
				.param("version", String.valueOf(this.support.version(round, health))))
			.andExpect(redirectedUrl(base + "/submit"));
		assertThat(this.support.status(round, health)).isEqualTo("DRAFT");

		// confirmed: the saved draft is sent, its lines as they were saved
		this.mvc
			.perform(post(base + "/submit").with(this.demo.as("officer.health"))
				.with(csrf())
				.param("confirmed", "true")
				.param("version", String.valueOf(this.support.version(round, health))))
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("success", "round.report.submitted"));
		assertThat(this.support.status(round, health)).isEqualTo("SUBMITTED");
		assertThat(this.support.history(round, health)).containsExactly("SAVE", "SUBMIT");
		assertThat(lines(round, health).get(0).result()).isEqualTo("Đã ban hành quy chế phối hợp");
	}

	@Test
	void aReportWithEveryLineFilledInIsSentAtOnceAndAnotherAgencysStepIsNotFound() throws Exception {
		long round = this.support.open(2032, null);
		long health = this.support.agencyId("SYT");
		long justice = this.support.agencyId("STP");
		String base = "/rounds/" + round + "/reports/" + health;
		MockHttpServletRequestBuilder send = report(base, 0, "Tổ chức 03 hội nghị tập huấn", "submit");
		List<RoundDossier.Line> lines = lines(round, health);
		for (int i = 0; i < lines.size(); i++) {
			send.param("lines[" + i + "].assignmentId", String.valueOf(lines.get(i).assignmentId()))
				.param("lines[" + i + "].result", "Kết quả " + i);
		}
		this.mvc.perform(send).andExpect(redirectedUrl(base));
		assertThat(this.support.status(round, health)).isEqualTo("SUBMITTED");
		assertThat(this.support.history(round, health)).containsExactly("SUBMIT");

		String other = "/rounds/" + round + "/reports/" + justice + "/submit";
		this.mvc.perform(get(other).with(this.demo.as("officer.health"))).andExpect(status().isNotFound());
		this.mvc
			.perform(post(other).with(this.demo.as("officer.health"))
				.with(csrf())
				.param("confirmed", "true")
				.param("version", "0"))
			.andExpect(status().isNotFound());
		assertThat(this.support.status(round, justice)).isEqualTo("MISSING");
	}

	@Test
	void aFailedSendComesBackToTheReportsOwnPageWithWhatWasTyped() throws Exception {
		long round = this.support.open(2033, null);
		long health = this.support.agencyId("SYT");
		String base = "/rounds/" + round + "/reports/" + health;
		// "Results achieved" is required: that is said first, before any empty line
		MvcResult refused = this.mvc.perform(report(base, 0, "", "submit").param("difficulties", "Thiếu kinh phí"))
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("failure", "round.report.error.resultsRequired"))
			.andReturn();
		assertThat(this.support.status(round, health)).isEqualTo("MISSING");
		String page = this.mvc.perform(following(refused))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Thiếu kinh phí").contains("Kết quả đạt được");
		// a field too long: the same, with the field marked
		MvcResult invalid = this.mvc.perform(report(base, 0, "x".repeat(20001), "save"))
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("failure", "round.report.error.invalid"))
			.andReturn();
		String marked = this.mvc.perform(following(invalid))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(marked).contains("is-invalid");
		assertThat(this.support.status(round, health)).isEqualTo("MISSING");
	}

	/**
	 * The GET the browser sends after a redirect: the same session (its cookie), where
	 * the typed form waits as a flash attribute.
	 */
	private MockHttpServletRequestBuilder following(MvcResult redirect) {
		MockHttpServletRequestBuilder get = get(redirect.getResponse().getRedirectedUrl())
			.with(this.demo.as("officer.health"))
			.session((MockHttpSession) redirect.getRequest().getSession());
		if (redirect.getResponse().getCookies().length > 0) {
			get.cookie(redirect.getResponse().getCookies());
		}
		return get;
	}

	private MockHttpServletRequestBuilder report(String base, long version, String results, String action) {
		return post(base).with(this.demo.as("officer.health"))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("results", results)
			.param("action", action);
	}

	private List<RoundDossier.Line> lines(long round, long agency) {
		return this.agencyReports.view(this.support.coordinator(), round, agency).lines();
	}

}
