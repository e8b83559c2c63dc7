package vn.hanoi.plantracker.audit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityEventLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	Fixtures fixtures;

	@Test
	void aFailedSignInIsRecordedWithNameAndAddressButNeverThePassword() throws Exception {
		this.mvc.perform(post("/login").param("username", "event.probe")
			.param("password", "Secret-Typed-42")
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("10.12.0.1");
				return request;
			}));
		assertThat(this.fixtures.jdbc()
			.sql("select client_address from security_event where username = 'event.probe' and kind = 'SIGN_IN_FAILED'")
			.query(String.class)
			.list()).containsExactly("10.12.0.1");
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from security_event where detail like '%Secret-Typed%' or username like '%Secret-Typed%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aSignedInUserRefusedAPageIsRecorded() throws Exception {
		this.mvc.perform(get("/admin/security-events").with(this.users.as("officer.justice")))
			.andExpect(status().isForbidden());
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from security_event where kind = 'ACCESS_DENIED' and username = 'officer.justice'"
					+ " and detail = 'GET /admin/security-events'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void administratorsFilterTheLogByKindAndAccount() throws Exception {
		this.mvc.perform(post("/login").param("username", "filter.probe").param("password", "x").with(csrf()));
		this.mvc
			.perform(get("/admin/security-events").param("kind", "SIGN_IN_FAILED")
				.param("username", "filter.probe")
				.with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("filter.probe")))
			.andExpect(content().string(containsString("1 sự kiện")));
		this.mvc
			.perform(get("/admin/security-events").param("kind", "PASSWORD_CHANGED")
				.param("username", "filter.probe")
				.with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<td>filter.probe</td>"))));
	}

	@Test
	void badFilterValuesAreNotServerErrors() throws Exception {
		this.mvc.perform(get("/admin/security-events").param("kind", "NOPE").with(this.users.as("admin")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/security-events").param("from", "+99999-01-01").with(this.users.as("admin")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/security-events").param("page", "-5").with(this.users.as("admin")))
			.andExpect(status().isOk());
	}

	@Test
	void controlCharactersInANameCannotForgeALogLine() {
		assertThat(SecurityEvents.clean("evil\nsecurity_event=ACCOUNT_UNLOCKED", 200)).doesNotContain("\n");
	}

}
