package vn.hanoi.plantracker.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.PlanChangingTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's agencies and accounts: renaming keeps the old name in the history,
 * nothing is deleted, accounts are created, reset and deactivated, and only the
 * administrator may do any of it.
 */
@PlanChangingTest
class AdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void renamingAnAgencyKeepsItsOldNameInTheHistory() throws Exception {
		this.clock.setHanoiTime(LocalDate.of(2026, 1, 5).atTime(9, 0));
		long id = addAgency("Báo Hà Nội Mới", "Hanoi Moi newspaper");
		this.clock.setHanoiTime(LocalDate.of(2026, 3, 1).atTime(9, 0));
		admin(post("/admin/agencies/{id}/rename", id).param("version", "" + version(id))
			.param("nameVi", "Báo và Phát thanh, Truyền hình Hà Nội")
			.param("nameEn", "Hanoi press agency")).andExpect(status().isFound());
		List<Map<String, Object>> names = this.fixtures.jdbc()
			.sql("select name_vi, valid_from from agency_name where agency_id = ? order by valid_from")
			.param(id)
			.query()
			.listOfRows();
		assertThat(names).extracting((row) -> row.get("name_vi") + " " + row.get("valid_from"))
			.containsExactly("Báo Hà Nội Mới 2026-01-05", "Báo và Phát thanh, Truyền hình Hà Nội 2026-03-01");
		assertThat(this.fixtures.jdbc()
			.sql("select name_vi from agency where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Báo và Phát thanh, Truyền hình Hà Nội");
		admin(get("/admin/agencies/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Báo Hà Nội Mới")));
	}

	@Test
	void endingAnAgencyNeedsADateAfterItsStartAndAStaleFormChangesNothing() throws Exception {
		this.clock.setHanoiTime(LocalDate.of(2026, 1, 5).atTime(9, 0));
		long id = addAgency("Đơn vị tạm", "Temporary body");
		long version = version(id);
		admin(post("/admin/agencies/{id}/end", id).param("version", "" + version)
			.param("activeUntil", "2025-12-31")
			.param("reason", "Sáp nhập")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("không được trước ngày")));
		admin(post("/admin/agencies/{id}/end", id).param("version", "" + version)
			.param("activeUntil", "2026-06-30")
			.param("reason", " ")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Hãy nêu lý do")));
		admin(post("/admin/agencies/{id}/end", id).param("version", "" + version)
			.param("activeUntil", "2026-06-30")
			.param("reason", "Sáp nhập")).andExpect(status().isFound());
		admin(post("/admin/agencies/{id}/rename", id).param("version", "" + version)
			.param("nameVi", "Tên muộn")
			.param("nameEn", "Late name")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("người khác thay đổi")));
		Map<String, Object> row = this.fixtures.jdbc()
			.sql("select * from agency where id = ?")
			.param(id)
			.query()
			.singleRow();
		assertThat(row.get("active_until")).hasToString("2026-06-30");
		assertThat(row.get("name_vi")).isEqualTo("Đơn vị tạm");
	}

	@Test
	void anEndedAgencysOpenWorkDueLaterIsClosedAndEarlierWorkStays() throws Exception {
		String commune = this.fixtures.unusedCommune();
		long id = this.fixtures.jdbc()
			.sql("select id from agency where code = ?")
			.param(commune)
			.query(Long.class)
			.single();
		LocalDate lastDay = LocalDate.of(2026, 9, 30);
		// ended ahead of its last day (ended with a last day already past, all its open
		// work is closed: AgenciesAndTasksOverTimeTests)
		this.clock.setHanoiTime(LocalDate.of(2026, 6, 1).atTime(9, 0));
		admin(post("/admin/agencies/{id}/end", id).param("version", "" + version(id))
			.param("activeUntil", lastDay.toString())
			.param("reason", "Sáp nhập vào phường mới")).andExpect(status().isFound());
		List<Map<String, Object>> rows = this.fixtures.jdbc()
			.sql("select id, due_date, closed_at, closed_reason from assignment where agency_id = ?")
			.param(id)
			.query()
			.listOfRows();
		assertThat(rows).isNotEmpty();
		for (Map<String, Object> row : rows) {
			boolean later = LocalDate.parse(row.get("due_date").toString()).isAfter(lastDay);
			assertThat(row.get("closed_at") != null).as("closed " + row).isEqualTo(later);
			if (later) {
				assertThat(row.get("closed_reason")).isEqualTo("Sáp nhập vào phường mới");
				assertThat(this.fixtures.historyCount(((Number) row.get("id")).longValue())).isEqualTo(1);
			}
		}
		assertThat(rows).anyMatch((row) -> row.get("closed_at") != null);
		assertThat(rows).anyMatch((row) -> row.get("closed_at") == null);
	}

	@Test
	void aDuplicateCodeIsRefused() throws Exception {
		admin(post("/admin/agencies/new").param("code", "catp")
			.param("nameVi", "Trùng")
			.param("nameEn", "Duplicate")
			.param("kind", "POLICE")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Đã có cơ quan khác mang mã này")));
	}

	@Test
	void theAdministratorCreatesAnOfficerResetsThePasswordAndDeactivatesTheAccount() throws Exception {
		String username = "can.bo." + UUID.randomUUID().toString().substring(0, 6);
		long agencyId = this.fixtures.jdbc().sql("select id from agency where code = 'SYT'").query(Long.class).single();
		admin(post("/admin/users/new").param("username", username)
			.param("fullName", "Nguyễn Văn Mới")
			.param("agencyId", "" + agencyId)
			.param("password", "short")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ít nhất 12 ký tự")));
		admin(post("/admin/users/new").param("username", username)
			.param("fullName", "Nguyễn Văn Mới")
			.param("agencyId", "" + agencyId)
			.param("password", "sông Hồng chảy qua cầu Long Biên")).andExpect(status().isFound());
		Map<String, Object> user = this.fixtures.jdbc()
			.sql("select * from app_user where username = ?")
			.param(username)
			.query()
			.singleRow();
		assertThat(user.get("role")).isEqualTo("OFFICER");
		assertThat(user.get("agency_id")).isEqualTo(agencyId);
		long id = ((Number) user.get("id")).longValue();
		this.mvc.perform(formLogin("/login").user(username).password("sông Hồng chảy qua cầu Long Biên"))
			.andExpect(authenticated().withRoles("OFFICER"));
		admin(post("/admin/users/{id}/password", id).param("version", "" + userVersion(id))
			.param("password", "mùa thu lá vàng rơi trên phố cổ")
			.param("currentPassword", "demo-plan-133")).andExpect(status().isFound());
		this.mvc.perform(formLogin("/login").user(username).password("sông Hồng chảy qua cầu Long Biên"))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user(username).password("mùa thu lá vàng rơi trên phố cổ"))
			.andExpect(authenticated());
		admin(post("/admin/users/{id}/deactivate", id).param("version", "" + userVersion(id))
			.param("reason", "Chuyển công tác")
			.param("currentPassword", "demo-plan-133")).andExpect(status().isFound());
		this.mvc.perform(formLogin("/login").user(username).password("mùa thu lá vàng rơi trên phố cổ"))
			.andExpect(unauthenticated());
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from app_user where username = ?")
			.param(username)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theAdministratorCannotDeactivateThemself() throws Exception {
		long id = this.fixtures.user("admin").getId();
		admin(post("/admin/users/{id}/deactivate", id).param("version", "" + userVersion(id)).param("reason", "Thử"))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.fixtures.jdbc()
			.sql("select enabled from app_user where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "coordinator", "leader", "officer.health" })
	void onlyTheAdministratorManagesAgenciesAndAccounts(String username) throws Exception {
		long agencyId = this.fixtures.jdbc().sql("select id from agency where code = 'STP'").query(Long.class).single();
		long userId = this.fixtures.user("officer.justice").getId();
		RequestPostProcessor user = this.fixtures.as(this.fixtures.user(username));
		for (String url : new String[] { "/admin/agencies", "/admin/agencies/new", "/admin/agencies/" + agencyId,
				"/admin/users/new", "/admin/users/" + userId }) {
			this.mvc.perform(get(url).with(user)).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/admin/agencies/{id}/rename", agencyId).param("version", "" + version(agencyId))
				.param("nameVi", "x")
				.param("nameEn", "x")
				.with(csrf())
				.with(user))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/agencies/{id}/end", agencyId).param("version", "" + version(agencyId))
				.param("activeUntil", "2030-01-01")
				.param("reason", "x")
				.with(csrf())
				.with(user))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/agencies/new").param("code", "X-" + username)
				.param("nameVi", "x")
				.param("nameEn", "x")
				.param("kind", "PRESS")
				.with(csrf())
				.with(user))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/{id}/password", userId).param("version", "" + userVersion(userId))
				.param("password", "hijacked-password")
				.with(csrf())
				.with(user))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/{id}/deactivate", userId).param("version", "" + userVersion(userId))
				.with(csrf())
				.with(user))
			.andExpect(status().isForbidden());
		Map<String, Object> agency = this.fixtures.jdbc()
			.sql("select * from agency where id = ?")
			.param(agencyId)
			.query()
			.singleRow();
		assertThat(agency.get("name_vi")).isEqualTo("Sở Tư pháp");
		assertThat(agency.get("active_until")).isNull();
		assertThat(this.fixtures.jdbc()
			.sql("select enabled from app_user where id = ?")
			.param(userId)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void everyAdministrationPageOpensForTheAdministrator() throws Exception {
		long agencyId = this.fixtures.jdbc().sql("select id from agency where code = 'STP'").query(Long.class).single();
		long userId = this.fixtures.user("officer.justice").getId();
		for (String url : new String[] { "/admin/agencies", "/admin/agencies/new", "/admin/agencies/" + agencyId,
				"/admin/users", "/admin/users/new", "/admin/users/" + userId }) {
			admin(get(url)).andExpect(status().isOk());
		}
		admin(get("/admin/agencies/" + agencyId)).andExpect(content().string(containsString("Sở Tư pháp")))
			.andExpect(content().string(containsString("id=\"rename-form\"")));
		admin(get("/admin/agencies/999999")).andExpect(status().isNotFound());
	}

	private long addAgency(String nameVi, String nameEn) throws Exception {
		String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		admin(post("/admin/agencies/new").param("code", code)
			.param("nameVi", nameVi)
			.param("nameEn", nameEn)
			.param("kind", "PRESS")).andExpect(status().isFound());
		return this.fixtures.jdbc().sql("select id from agency where code = ?").param(code).query(Long.class).single();
	}

	private long version(long agencyId) {
		return this.fixtures.jdbc()
			.sql("select version from agency where id = ?")
			.param(agencyId)
			.query(Long.class)
			.single();
	}

	private long userVersion(long userId) {
		return this.fixtures.jdbc()
			.sql("select version from app_user where id = ?")
			.param(userId)
			.query(Long.class)
			.single();
	}

	private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(this.fixtures.as(this.fixtures.user("admin"))));
	}

}
