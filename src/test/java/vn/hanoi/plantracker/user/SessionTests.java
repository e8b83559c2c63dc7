package vn.hanoi.plantracker.user;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sessions in PostgreSQL: at most three per user, listed, each can be ended. */
@IntegrationTest
class SessionTests {

	private static final String PASSWORD = "test-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void aFourthSignInEndsTheOldestSession() throws Exception {
		var officer = this.fixtures.officerOf(this.fixtures.unusedCommune());
		BrowserSession first = BrowserSession.signIn(this.mvc, officer.getUsername(), PASSWORD);
		first.perform(get("/my/assignments")).andExpect(status().isOk());
		BrowserSession second = BrowserSession.signIn(this.mvc, officer.getUsername(), PASSWORD);
		BrowserSession third = BrowserSession.signIn(this.mvc, officer.getUsername(), PASSWORD);
		BrowserSession fourth = BrowserSession.signIn(this.mvc, officer.getUsername(), PASSWORD);
		fourth.perform(get("/my/assignments")).andExpect(status().isOk());
		first.perform(get("/my/assignments")).andExpect(redirectedUrl("/login?expired"));
		second.perform(get("/my/assignments")).andExpect(status().isOk());
		third.perform(get("/my/assignments")).andExpect(status().isOk());
	}

	@Test
	void theSessionListShowsEachSessionAndEndsAnother() throws Exception {
		var officer = this.fixtures.officerOf(this.fixtures.unusedCommune());
		BrowserSession phone = BrowserSession.signIn(this.mvc, officer.getUsername(), PASSWORD);
		BrowserSession desk = BrowserSession.signIn(this.mvc, officer.getUsername(), PASSWORD);
		desk.perform(get("/account/sessions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("127.0.0.1")))
			.andExpect(content().string(containsString("/account/sessions/" + phone.sessionIdInStore() + "/end")));
		desk.perform(post("/account/sessions/" + phone.sessionIdInStore() + "/end").with(csrf()))
			.andExpect(redirectedUrl("/account/sessions"));
		phone.perform(get("/my/assignments")).andExpect(redirectedUrl("/login"));
		desk.perform(get("/my/assignments")).andExpect(status().isOk());
	}

	@Test
	void anotherUsersSessionCannotBeEndedAndAnswersNotFound() throws Exception {
		var victim = this.fixtures.officerOf(this.fixtures.unusedCommune());
		var intruder = this.fixtures.officerOf(this.fixtures.unusedCommune());
		BrowserSession theirs = BrowserSession.signIn(this.mvc, victim.getUsername(), PASSWORD);
		BrowserSession mine = BrowserSession.signIn(this.mvc, intruder.getUsername(), PASSWORD);
		mine.perform(post("/account/sessions/" + theirs.sessionIdInStore() + "/end").with(csrf()))
			.andExpect(status().isNotFound());
		theirs.perform(get("/my/assignments")).andExpect(status().isOk());
	}

	@Test
	void theErrorPathIsNotAPage() throws Exception {
		this.mvc.perform(get("/error")).andExpect(status().isNotFound());
	}

}
