package vn.hanoi.plantracker.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.user.PlanUser;
import jakarta.servlet.http.Cookie;
import static org.assertj.core.api.Assertions.assertThat;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInAndAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	Fixtures fixtures;

	@ParameterizedTest
	@CsvSource({ "admin, /admin/users", "coordinator, /", "leader, /", "officer.health, /", "officer.justice, /",
			"officer.hoankiem, /" })
	void eachDemoAccountCanSignIn(String username, String ignored) throws Exception {
		this.mvc.perform(formLogin("/login").user(username).password("demo-plan-133"))
			.andExpect(authenticated().withUsername(username))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aDeactivatedAccountLosesItsOpenSessionAtOnce() throws Exception {
		PlanUser officer = this.fixtures.freshOfficer();
		// sessions live in PostgreSQL (Spring Session JDBC): the browser holds only the
		// SESSION cookie
		Cookie session = this.mvc.perform(formLogin("/login").user(officer.getUsername()).password("test-password-1"))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(sessionsOf(officer)).isEqualTo(1);
		this.mvc.perform(get("/my/assignments").cookie(session)).andExpect(status().isOk());
		this.fixtures.jdbc().sql("update app_user set enabled = false where id = ?").param(officer.getId()).update();
		this.mvc.perform(get("/my/assignments").cookie(session)).andExpect(redirectedUrl("/login?disabled"));
		assertThat(sessionsOf(officer)).isZero();
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password("test-password-1"))
			.andExpect(unauthenticated());
	}

	private long sessionsOf(PlanUser user) {
		return this.fixtures.jdbc()
			.sql("select count(*) from spring_session where principal_name = ?")
			.param(user.getUsername())
			.query(Long.class)
			.single();
	}

	@Test
	void aWrongPasswordCannotSignIn() throws Exception {
		this.mvc.perform(formLogin("/login").user("coordinator").password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "coordinator").param("password", "demo-plan-133"))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/plans", "/plans/1", "/tasks/1", "/admin/users", "/my/assignments" })
	void anonymousVisitorsAreSentToSignIn(String url) throws Exception {
		this.mvc.perform(get(url)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void loginPageAndHealthArePublicButOtherActuatorEndpointsAreNot() throws Exception {
		this.mvc.perform(get("/login")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/env")).andExpect(status().isFound());
		this.mvc.perform(get("/actuator/env").with(user("coordinator").roles("COORDINATOR")))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "officer.health", "leader", "coordinator" })
	void onlyAdministratorsReachAdministrationPages(String username) throws Exception {
		this.mvc.perform(get("/admin/users").with(this.users.as(username))).andExpect(status().isForbidden());
	}

	@Test
	void administratorSeesTheUserList() throws Exception {
		// the list is paged (20 a page): any account, a department's or a ward's officer,
		// is found by its name
		this.mvc.perform(get("/admin/users").with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"page-link pager-next\"")));
		this.mvc.perform(get("/admin/users").param("q", "officer.health").with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("officer.health")));
		this.mvc.perform(get("/admin/users").param("q", "hoankiem").with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("officer.hoankiem")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("officer.health"))));
	}

	@ParameterizedTest
	@CsvSource({ "admin, /admin/users", "officer.health, /my/assignments", "coordinator, /coordinator/overdue",
			"leader, /reports/summary" })
	void homeSendsEachRoleToItsOwnPage(String username, String home) throws Exception {
		this.mvc.perform(get("/").with(this.users.as(username))).andExpect(redirectedUrl(home));
	}

	@Test
	void logoutIsAPostWithCsrf() throws Exception {
		this.mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(post("/logout").with(this.users.as("officer.health"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(this.users.as("officer.health")).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void unknownOrMalformedIdsAreNotFoundNotServerErrors() throws Exception {
		this.mvc.perform(get("/plans/999999").with(this.users.as("leader"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/tasks/999999").with(this.users.as("leader"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/abc").with(this.users.as("leader"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/my/assignments").param("status", "DROP TABLE").with(this.users.as("officer.health")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Yêu cầu không hợp lệ")));
	}

}
