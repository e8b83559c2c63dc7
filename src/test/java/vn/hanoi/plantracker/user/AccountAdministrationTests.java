package vn.hanoi.plantracker.user;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Accounts of every role, with the agency rules, and who changed what and why. */
@IntegrationTest
class AccountAdministrationTests {

	/** The demo administrator's own password, which a sensitive change asks for again. */
	private static final String ADMIN_PASSWORD = "demo-plan-133";

	private static final String PASSWORD = "sông Hồng chảy qua cầu Long Biên";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	Fixtures fixtures;

	@Test
	void theAdministratorCreatesACoordinatorOfThePoliceAndALeaderOfTheOffice() throws Exception {
		String coordinator = newName();
		create(coordinator, "COORDINATOR", "CATP").andExpect(status().isFound());
		String leader = newName();
		create(leader, "LEADER", "VPUBND").andExpect(status().isFound());
		String admin = newName();
		create(admin, "ADMIN", "VPUBND").andExpect(status().isFound());
		assertThat(row(coordinator).get("role")).isEqualTo("COORDINATOR");
		assertThat(row(leader).get("role")).isEqualTo("LEADER");
		assertThat(row(admin).get("role")).isEqualTo("ADMIN");
		this.mvc.perform(formLogin("/login").user(leader).password(PASSWORD))
			.andExpect(authenticated().withRoles("LEADER"));
		assertThat(events("ACCOUNT_CREATED", coordinator)).containsExactly("admin");
	}

	/**
	 * Leaders belong to the Office of the People's Committee. Coordinators no longer have
	 * to belong to the Police (each plan names its standing body, and the plan's
	 * coordinators are that body's), so a Health coordinator is created.
	 */
	@Test
	void leadersBelongToTheOfficeAndCoordinatorsToAnyAgency() throws Exception {
		String leader = newName();
		create(leader, "LEADER", "CATP").andExpect(status().isUnprocessableContent());
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from app_user where username = ?")
			.param(leader)
			.query(Long.class)
			.single()).isZero();
		String coordinator = newName();
		create(coordinator, "COORDINATOR", "SYT").andExpect(status().isFound());
		assertThat(row(coordinator).get("role")).isEqualTo("COORDINATOR");
		assertThat(this.fixtures.jdbc()
			.sql("select a.code from app_user u join agency a on a.id = u.agency_id where u.username = ?")
			.param(coordinator)
			.query(String.class)
			.single()).isEqualTo("SYT");
	}

	@Test
	void anEditNeedsAReasonAndARoleChangeEndsTheOpenSessions() throws Exception {
		var officer = this.fixtures.freshOfficer();
		BrowserSession session = BrowserSession.signIn(this.mvc, officer.getUsername(), "test-password-1");
		session.perform(get("/my/assignments")).andExpect(status().isOk());
		long vpubnd = agency("VPUBND");
		admin(post("/admin/users/{id}/edit", officer.getId()).param("version", version(officer.getId()))
			.param("fullName", "Cán bộ chuyển sang lãnh đạo")
			.param("role", "LEADER")
			.param("agencyId", "" + vpubnd)
			.param("reason", "")).andExpect(status().isUnprocessableContent());
		assertThat(row(officer.getUsername()).get("role")).isEqualTo("OFFICER");
		admin(post("/admin/users/{id}/edit", officer.getId()).param("version", version(officer.getId()))
			.param("fullName", "Cán bộ chuyển sang lãnh đạo")
			.param("role", "LEADER")
			.param("agencyId", "" + vpubnd)
			.param("reason", "Quyết định điều động số 12")
			.param("currentPassword", ADMIN_PASSWORD)).andExpect(redirectedUrl("/admin/users/" + officer.getId()));
		assertThat(row(officer.getUsername()).get("role")).isEqualTo("LEADER");
		session.perform(get("/my/assignments")).andExpect(redirectedUrl("/login?ended"));
		assertThat(this.fixtures.jdbc()
			.sql("select detail from security_event where kind = 'ACCOUNT_CHANGED' and username = ?")
			.param(officer.getUsername())
			.query(String.class)
			.single()).contains("role OFFICER -> LEADER").contains("Quyết định điều động số 12");
	}

	@Test
	void aDeactivatedAccountIsReactivatedWithAReason() throws Exception {
		var officer = this.fixtures.freshOfficer();
		admin(post("/admin/users/{id}/deactivate", officer.getId()).param("version", version(officer.getId())))
			.andExpect(status().isUnprocessableContent());
		admin(post("/admin/users/{id}/deactivate", officer.getId()).param("version", version(officer.getId()))
			.param("reason", "Nghỉ hưu")
			.param("currentPassword", ADMIN_PASSWORD)).andExpect(status().isFound());
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password("test-password-1"))
			.andExpect(unauthenticated());
		admin(post("/admin/users/{id}/reactivate", officer.getId()).param("version", version(officer.getId()))
			.param("reason", "Được mời làm việc trở lại")).andExpect(status().isFound());
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password("test-password-1"))
			.andExpect(authenticated());
		assertThat(events("ACCOUNT_DEACTIVATED", officer.getUsername())).containsExactly("admin");
		assertThat(events("ACCOUNT_REACTIVATED", officer.getUsername())).containsExactly("admin");
	}

	@Test
	void onlyAdministratorsManageAccounts() throws Exception {
		var officer = this.fixtures.freshOfficer();
		this.mvc
			.perform(post("/admin/users/{id}/edit", officer.getId()).param("version", version(officer.getId()))
				.param("fullName", "x")
				.param("role", "ADMIN")
				.param("agencyId", "" + agency("VPUBND"))
				.param("reason", "tự nâng quyền")
				.with(this.users.as("coordinator"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(row(officer.getUsername()).get("role")).isEqualTo("OFFICER");
	}

	private ResultActions create(String username, String role, String agencyCode) throws Exception {
		return admin(post("/admin/users/new").param("username", username)
			.param("fullName", "Người dùng " + role)
			.param("role", role)
			.param("agencyId", "" + agency(agencyCode))
			.param("password", PASSWORD));
	}

	private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(this.users.as("admin")).with(csrf()));
	}

	private static String newName() {
		return "acct." + UUID.randomUUID().toString().substring(0, 8);
	}

	private long agency(String code) {
		return this.fixtures.jdbc().sql("select id from agency where code = ?").param(code).query(Long.class).single();
	}

	private String version(long id) {
		return "" + this.fixtures.jdbc()
			.sql("select version from app_user where id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> row(String username) {
		return this.fixtures.jdbc()
			.sql("select * from app_user where username = ?")
			.param(username)
			.query()
			.singleRow();
	}

	private java.util.List<String> events(String kind, String username) {
		return this.fixtures.jdbc()
			.sql("select actor from security_event where kind = ? and username = ?")
			.param(kind)
			.param(username)
			.query(String.class)
			.list();
	}

}
