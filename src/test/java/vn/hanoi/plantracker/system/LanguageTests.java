package vn.hanoi.plantracker.system;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Test
	void planPageIsInVietnameseByDefault() throws Exception {
		String html = page("/plans/" + planId(), null);
		assertThat(html).contains("<html lang=\"vi\"")
			.contains("Kế hoạch số 133/KH-UBND ngày 14/05/2025")
			.contains("Cơ quan chủ trì")
			.contains("Công an thành phố Hà Nội")
			.contains("Rà soát");
	}

	@Test
	void planPageSwitchesToEnglishAndTheCookieRemembersIt() throws Exception {
		MvcResult result = this.mvc.perform(get("/plans/" + planId()).param("lang", "en").with(this.users.as("leader")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("<html lang=\"en\"")
			.contains("Plan No. 133/KH-UBND of 14/05/2025")
			.contains("Lead agency")
			.contains("Hanoi City Police");
		Cookie cookie = result.getResponse().getCookie("plantracker-lang");
		assertThat(cookie).isNotNull();
		assertThat(page("/plans", cookie)).contains("<html lang=\"en\"").contains("Sign out");
	}

	@Test
	void anUnknownLanguageKeepsVietnamese() throws Exception {
		this.mvc.perform(get("/plans").param("lang", "xx").with(this.users.as("leader")))
			.andExpect(status().isOk())
			.andExpect((r) -> assertThat(r.getResponse().getContentAsString()).contains("Đăng xuất"));
	}

	@Test
	void taskPageListsAssignmentsWithDatesInDayMonthYear() throws Exception {
		String html = page("/plans/" + planId(), null);
		String taskLink = html.replaceAll("(?s).*?href=\"(/tasks/\\d+)\".*", "$1");
		assertThat(page(taskLink, null)).contains("Chủ trì")
			.contains("Phân công")
			.containsPattern("\\d{2}/\\d{2}/20\\d{2}");
	}

	private String page(String url, Cookie cookie) throws Exception {
		var request = get(url).with(this.users.as("leader"));
		if (cookie != null) {
			request.cookie(cookie);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String planId() throws Exception {
		String list = page("/plans", null);
		return list.replaceAll("(?s).*?href=\"/plans/(\\d+)\".*", "$1");
	}

}
