package vn.hanoi.plantracker.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Test
	void aFourthSignInEndsTheOldestSession() throws Exception {
		var officer = this.fixtures.freshOfficer();
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
		var officer = this.fixtures.freshOfficer();
		BrowserSession phone = BrowserSession.signIn(this.mvc, officer.getUsername(), PASSWORD);
		BrowserSession desk = BrowserSession.signIn(this.mvc, officer.getUsername(), PASSWORD);
		String page = desk.perform(get("/account/sessions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("127.0.0.1")))
			.andExpect(content()
				.string(containsString("/account/sessions/" + SessionHandle.of(phone.sessionIdInStore()) + "/end")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Base64 of a session id is a working cookie: no id is on the page, in any form
		for (BrowserSession session : List.of(phone, desk)) {
			String id = session.sessionIdInStore();
			assertThat(page).doesNotContain(id)
				.doesNotContain(java.util.Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)))
				.doesNotContain(java.util.Base64.getEncoder()
					.withoutPadding()
					.encodeToString(id.getBytes(StandardCharsets.UTF_8)));
		}
		// the raw id names nothing
		desk.perform(post("/account/sessions/" + phone.sessionIdInStore() + "/end").param("currentPassword", PASSWORD)
			.with(csrf())).andExpect(status().isNotFound());
		phone.perform(get("/my/assignments")).andExpect(status().isOk());
		desk.perform(post("/account/sessions/" + SessionHandle.of(phone.sessionIdInStore()) + "/end")
			.param("currentPassword", PASSWORD)
			.with(csrf())).andExpect(redirectedUrl("/account/sessions"));
		phone.perform(get("/my/assignments")).andExpect(redirectedUrl("/login"));
		desk.perform(get("/my/assignments")).andExpect(status().isOk());
	}

	@Test
	void endingAnotherSessionAsksForThePasswordAgain() throws Exception {
		var officer = this.fixtures.freshOfficer();
		BrowserSession phone = BrowserSession.signIn(this.mvc, officer.getUsername(), PASSWORD);
		BrowserSession desk = BrowserSession.signIn(this.mvc, officer.getUsername(), PASSWORD);
		desk.perform(get("/account/sessions"))
			.andExpect(content().string(containsString("name=\"currentPassword\"")))
			.andExpect(content().string(containsString("autocomplete=\"current-password\"")));
		String end = "/account/sessions/" + SessionHandle.of(phone.sessionIdInStore()) + "/end";
		desk.perform(post(end).with(csrf()))
			.andExpect(redirectedUrl("/account/sessions"))
			.andExpect(flash().attribute("failure", "sessions.flash.reauthFailed"));
		desk.perform(post(end).param("currentPassword", "not-the-password").with(csrf()))
			.andExpect(redirectedUrl("/account/sessions"))
			.andExpect(flash().attribute("failure", "sessions.flash.reauthFailed"));
		phone.perform(get("/my/assignments")).andExpect(status().isOk());
		desk.perform(post(end).param("currentPassword", PASSWORD).with(csrf()))
			.andExpect(flash().attribute("success", "sessions.flash.ended"));
		phone.perform(get("/my/assignments")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anotherUsersSessionCannotBeEndedAndAnswersNotFound() throws Exception {
		var victim = this.fixtures.freshOfficer();
		var intruder = this.fixtures.freshOfficer();
		BrowserSession theirs = BrowserSession.signIn(this.mvc, victim.getUsername(), PASSWORD);
		BrowserSession mine = BrowserSession.signIn(this.mvc, intruder.getUsername(), PASSWORD);
		mine.perform(post("/account/sessions/" + SessionHandle.of(theirs.sessionIdInStore()) + "/end")
			.param("currentPassword", PASSWORD)
			.with(csrf())).andExpect(status().isNotFound());
		theirs.perform(get("/my/assignments")).andExpect(status().isOk());
	}

	@Test
	void aSessionSignedInLongerAgoThanTheAbsoluteLimitEndsEvenThoughItIsActive() throws Exception {
		assertThat(this.environment.getProperty("plantracker.session.absolute-timeout", Duration.class))
			.isEqualTo(Duration.ofHours(12));
		var officer = this.fixtures.freshOfficer();
		BrowserSession active = BrowserSession.signIn(this.mvc, officer.getUsername(), PASSWORD);
		active.perform(get("/my/assignments")).andExpect(status().isOk());
		// signed in 12 h 1 min ago, last used just now: active, but too old
		long now = System.currentTimeMillis();
		int moved = this.jdbc
			.sql("update spring_session set creation_time = :created, last_access_time = :now where session_id = :id")
			.param("created", now - Duration.ofHours(12).plusMinutes(1).toMillis())
			.param("now", now)
			.param("id", active.sessionIdInStore())
			.update();
		assertThat(moved).isEqualTo(1);
		active.perform(get("/my/assignments")).andExpect(redirectedUrl("/login?expired"));
		active.perform(get("/my/assignments")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aSessionJustUnderTheAbsoluteLimitStillWorks() throws Exception {
		var officer = this.fixtures.freshOfficer();
		BrowserSession active = BrowserSession.signIn(this.mvc, officer.getUsername(), PASSWORD);
		long now = System.currentTimeMillis();
		this.jdbc
			.sql("update spring_session set creation_time = :created, last_access_time = :now where session_id = :id")
			.param("created", now - Duration.ofHours(11).plusMinutes(58).toMillis())
			.param("now", now)
			.param("id", active.sessionIdInStore())
			.update();
		active.perform(get("/my/assignments")).andExpect(status().isOk());
	}

	@Test
	void aSessionEndsAfterThirtyMinutesIdleByDefault() throws Exception {
		assertThat(this.environment.getProperty("server.servlet.session.timeout", Duration.class))
			.isEqualTo(Duration.ofMinutes(30));
		var officer = this.fixtures.freshOfficer();
		BrowserSession idle = BrowserSession.signIn(this.mvc, officer.getUsername(), PASSWORD);
		assertThat(this.jdbc.sql("select max_inactive_interval from spring_session where session_id = :id")
			.param("id", idle.sessionIdInStore())
			.query(Integer.class)
			.single()).as("seconds idle the store keeps the session").isEqualTo(1800);
		// last used 31 minutes ago: the store no longer finds it
		this.jdbc.sql(
				"update spring_session set last_access_time = :then, expiry_time = :then + 1800000 where session_id = :id")
			.param("then", System.currentTimeMillis() - Duration.ofMinutes(31).toMillis())
			.param("id", idle.sessionIdInStore())
			.update();
		idle.perform(get("/my/assignments")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theErrorPathIsNotAPage() throws Exception {
		this.mvc.perform(get("/error")).andExpect(status().isNotFound());
	}

}
