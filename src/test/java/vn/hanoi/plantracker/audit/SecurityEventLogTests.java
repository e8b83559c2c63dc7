package vn.hanoi.plantracker.audit;

import java.util.List;

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
		// from an address of its own: refusals are recorded 30 a window per address, and
		// the
		// test clock stands still, so other tests' refusals from 127.0.0.1 would use it
		// up
		this.mvc.perform(get("/admin/security-events").with(this.users.as("officer.justice")).with((request) -> {
			request.setRemoteAddr("10.12.0.7");
			return request;
		})).andExpect(status().isForbidden());
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
	void aCsrfRefusalAServiceRefusalAndAnotherAgencysIdAreRecorded() throws Exception {
		this.mvc
			.perform(post("/account/password").param("currentPassword", "x")
				.with(this.users.as("officer.justice"))
				.with(from("10.12.1.1")))
			.andExpect(status().isForbidden());
		// refused by the controller itself, not by a URL rule
		this.mvc.perform(get("/rounds/pack").with(this.users.as("officer.justice")).with(from("10.12.1.2")))
			.andExpect(status().isForbidden());
		var other = this.fixtures.freshOfficer();
		long theirs = this.fixtures.freshAssignment(this.fixtures.unusedCommune());
		this.mvc.perform(get("/assignments/" + theirs).with(this.fixtures.as(other)).with(from("10.12.1.3")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/assignments/999999999").with(this.fixtures.as(other)).with(from("10.12.1.3")))
			.andExpect(status().isNotFound());
		assertThat(events("10.12.1.1")).containsExactly("CSRF_REFUSED officer.justice POST /account/password");
		assertThat(events("10.12.1.2")).containsExactly("ACCESS_DENIED officer.justice GET /rounds/pack");
		assertThat(events("10.12.1.3"))
			.containsExactly("OTHER_AGENCYS_ID " + other.getUsername() + " GET /assignments/" + theirs);
	}

	@Test
	void oneSourceCannotFloodTheLogWithRefusals() throws Exception {
		for (int i = 0; i < AccessRefusals.PER_WINDOW + 20; i++) {
			this.mvc.perform(post("/login").param("username", "flood").param("password", "x").with(from("10.12.2.1")))
				.andExpect(status().isForbidden());
		}
		List<String> recorded = events("10.12.2.1");
		assertThat(recorded).hasSize(AccessRefusals.PER_WINDOW + 1);
		assertThat(recorded.get(recorded.size() - 1)).startsWith("REFUSALS_SUPPRESSED");
		// another source is still recorded
		this.mvc.perform(post("/login").param("username", "flood").param("password", "x").with(from("10.12.2.2")))
			.andExpect(status().isForbidden());
		assertThat(events("10.12.2.2")).containsExactly("CSRF_REFUSED null POST /login");
	}

	@Test
	void everyValueOfTheLogLineIsQuotedAndEscaped() {
		assertThat(SecurityEvents.quoted("1.2.3.4\" user=\"admin\nsecurity_event=X\u0000\\"))
			.isEqualTo("1.2.3.4\\\" user=\\\"admin\\nsecurity_event=X\\u0000\\\\");
	}

	private List<String> events(String address) {
		return this.fixtures.jdbc()
			.sql("select kind || ' ' || coalesce(username, 'null') || ' ' || coalesce(detail, '') from security_event"
					+ " where client_address = ? order by id")
			.param(address)
			.query(String.class)
			.list();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void controlCharactersInANameCannotForgeALogLine() {
		assertThat(SecurityEvents.clean("evil\nsecurity_event=ACCOUNT_UNLOCKED", 200)).doesNotContain("\n");
	}

}
