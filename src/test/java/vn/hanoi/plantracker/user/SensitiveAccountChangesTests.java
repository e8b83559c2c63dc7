package vn.hanoi.plantracker.user;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator's password reset, change of role or agency and deactivation need the
 * administrator's own password again, and a refusal is logged; a password an
 * administrator sets must be replaced by its user before anything else.
 */
@IntegrationTest
class SensitiveAccountChangesTests {

	private static final String ADMIN_PASSWORD = "mật khẩu quản trị riêng của kiểm thử";

	private static final String SET_BY_ADMIN = "sông Hồng chảy qua cầu Long Biên";

	private static final String WRONG = "nhầm mật khẩu rồi";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void aPasswordResetWithAWrongOwnPasswordIsRefusedLoggedAndChangesNothing() throws Exception {
		String admin = newAdmin();
		PlanUser officer = this.fixtures.freshOfficer();
		String hashBefore = row(officer.getUsername()).get("password_hash").toString();
		String page = page(as(admin,
				post("/admin/users/{id}/password", officer.getId()).param("version", version(officer.getId()))
					.param("password", SET_BY_ADMIN)
					.param("currentPassword", WRONG))
			.andExpect(status().isUnprocessableContent()));
		assertThat(page).contains("mật khẩu (hoặc mã xác thực) của chính bạn không đúng");
		assertThat(row(officer.getUsername()).get("password_hash")).isEqualTo(hashBefore);
		assertThat(refusals(admin)).isEqualTo(1);
		assertThat(events("PASSWORD_RESET", officer.getUsername())).isZero();
		as(admin,
				post("/admin/users/{id}/password", officer.getId()).param("version", version(officer.getId()))
					.param("password", SET_BY_ADMIN)
					.param("currentPassword", ADMIN_PASSWORD))
			.andExpect(redirectedUrl("/admin/users/" + officer.getId()));
		assertThat(row(officer.getUsername()).get("password_hash")).isNotEqualTo(hashBefore);
		assertThat(row(officer.getUsername()).get("must_change_password")).isEqualTo(true);
	}

	@Test
	void aRoleOrAgencyChangeNeedsTheOwnPasswordAndANameChangeDoesNot() throws Exception {
		String admin = newAdmin();
		PlanUser officer = this.fixtures.freshOfficer();
		long agencyId = officer.getAgencyId();
		as(admin, edit(officer, "Tên mới của cán bộ", "OFFICER", agencyId)).andExpect(status().isFound());
		assertThat(row(officer.getUsername()).get("full_name")).isEqualTo("Tên mới của cán bộ");
		long vpubnd = this.fixtures.jdbc()
			.sql("select id from agency where code = 'VPUBND'")
			.query(Long.class)
			.single();
		String page = page(as(admin, edit(officer, "Tên mới của cán bộ", "LEADER", vpubnd).param("currentPassword", ""))
			.andExpect(status().isUnprocessableContent()));
		assertThat(page).contains("của chính bạn không đúng");
		assertThat(row(officer.getUsername()).get("role")).isEqualTo("OFFICER");
		as(admin, edit(officer, "Tên mới của cán bộ", "LEADER", vpubnd).param("currentPassword", WRONG))
			.andExpect(status().isUnprocessableContent());
		assertThat(row(officer.getUsername()).get("role")).isEqualTo("OFFICER");
		assertThat(refusals(admin)).isEqualTo(2);
		as(admin, edit(officer, "Tên mới của cán bộ", "LEADER", vpubnd).param("currentPassword", ADMIN_PASSWORD))
			.andExpect(redirectedUrl("/admin/users/" + officer.getId()));
		assertThat(row(officer.getUsername()).get("role")).isEqualTo("LEADER");
	}

	@Test
	void aDeactivationNeedsTheOwnPassword() throws Exception {
		String admin = newAdmin();
		PlanUser officer = this.fixtures.freshOfficer();
		as(admin,
				post("/admin/users/{id}/deactivate", officer.getId()).param("version", version(officer.getId()))
					.param("reason", "Chuyển công tác")
					.param("currentPassword", WRONG))
			.andExpect(status().isUnprocessableContent());
		assertThat(row(officer.getUsername()).get("enabled")).isEqualTo(true);
		assertThat(refusals(admin)).isEqualTo(1);
		as(admin,
				post("/admin/users/{id}/deactivate", officer.getId()).param("version", version(officer.getId()))
					.param("reason", "Chuyển công tác")
					.param("currentPassword", ADMIN_PASSWORD))
			.andExpect(status().isFound());
		assertThat(row(officer.getUsername()).get("enabled")).isEqualTo(false);
	}

	@Test
	void aPasswordSetByTheAdministratorMustBeChangedBeforeAnythingElse() throws Exception {
		String admin = newAdmin();
		String username = "can.bo.moi." + UUID.randomUUID().toString().substring(0, 6);
		String code = this.fixtures.accountCommune();
		long agencyId = this.fixtures.jdbc()
			.sql("select id from agency where code = ?")
			.param(code)
			.query(Long.class)
			.single();
		as(admin,
				post("/admin/users/new").param("username", username)
					.param("fullName", "Cán bộ mới")
					.param("role", "OFFICER")
					.param("agencyId", "" + agencyId)
					.param("password", SET_BY_ADMIN))
			.andExpect(status().isFound());
		BrowserSession session = BrowserSession.signIn(this.mvc, username, SET_BY_ADMIN);
		session.perform(get("/my/assignments")).andExpect(redirectedUrl("/account/password"));
		session.perform(get("/")).andExpect(redirectedUrl("/account/password"));
		session.perform(post("/my/assignments").with(csrf())).andExpect(redirectedUrl("/account/password"));
		assertThat(page(session.perform(get("/account/password")).andExpect(status().isOk())))
			.contains("Mật khẩu hiện tại do người khác đặt cho bạn");
		session
			.perform(post("/account/password").with(csrf())
				.param("currentPassword", SET_BY_ADMIN)
				.param("newPassword", "ngựa vằn ăn cỏ lúc bình minh")
				.param("confirmation", "ngựa vằn ăn cỏ lúc bình minh"))
			.andExpect(redirectedUrl("/"));
		session.perform(get("/my/assignments")).andExpect(status().isOk());
		assertThat(row(username).get("must_change_password")).isEqualTo(false);
	}

	@Test
	void signingOutStillWorksWhileThePasswordMustBeChanged() throws Exception {
		PlanUser officer = this.fixtures.freshOfficer();
		this.fixtures.jdbc()
			.sql("update app_user set must_change_password = true where id = ?")
			.param(officer.getId())
			.update();
		BrowserSession session = BrowserSession.signIn(this.mvc, officer.getUsername(), "test-password-1");
		session.perform(get("/my/assignments")).andExpect(redirectedUrl("/account/password"));
		session.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
		session.perform(get("/my/assignments")).andExpect(status().isFound());
		this.fixtures.jdbc()
			.sql("update app_user set must_change_password = false where id = ?")
			.param(officer.getId())
			.update();
	}

	/** An administrator of this test alone, so its refusals and locks touch no other. */
	private String newAdmin() {
		String name = "quan.tri." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(name, ADMIN_PASSWORD, "Quản trị kiểm thử", Role.ADMIN, "VPUBND");
		// like the demo administrator the other tests use: no second factor to set up
		// first (the test profile is the demo's)
		this.accounts.markDemoAccount(name);
		return name;
	}

	private ResultActions as(String admin, MockHttpServletRequestBuilder request) throws Exception {
		RequestPostProcessor signedIn = user(this.userDetails.loadUserByUsername(admin));
		// an address of this test's own: its refused passwords count for no other test
		return this.mvc.perform(request.with(signedIn).with(csrf()).with((r) -> {
			r.setRemoteAddr("10.22.8." + Math.abs(admin.hashCode() % 250));
			return r;
		}));
	}

	private MockHttpServletRequestBuilder edit(PlanUser officer, String name, String role, long agencyId) {
		return post("/admin/users/{id}/edit", officer.getId()).param("version", version(officer.getId()))
			.param("fullName", name)
			.param("role", role)
			.param("agencyId", "" + agencyId)
			.param("reason", "Quyết định số 7");
	}

	private static String page(ResultActions result) throws Exception {
		return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString());
	}

	private Map<String, Object> row(String username) {
		return this.fixtures.jdbc()
			.sql("select * from app_user where username = ?")
			.param(username)
			.query()
			.singleRow();
	}

	private String version(long id) {
		return "" + this.fixtures.jdbc()
			.sql("select version from app_user where id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private long refusals(String admin) {
		return events("REAUTHENTICATION_FAILED", admin);
	}

	private long events(String kind, String username) {
		return this.fixtures.jdbc()
			.sql("select count(*) from security_event where kind = ? and username = ?")
			.param(kind)
			.param(username)
			.query(Long.class)
			.single();
	}

}
