package vn.hanoi.plantracker.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.plantracker.system.TwoStepPrincipal;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.user.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Making and publishing plans as a coordinator does, through the plan and task editors'
 * pages (not by SQL), for the tests of plans: the set-up {@code PlanAmendmentTests},
 * {@code PlanEditingTests} and {@code CoordinatorScopeTests} share.
 */
public final class PlanFixture {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final UserAccounts accounts;

	public PlanFixture(MockMvc mvc, Fixtures fixtures, UserAccounts accounts) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.accounts = accounts;
	}

	/**
	 * A coordinator of the agency, created on first use, signed in past the second factor
	 * (a coordinator must have one; the demo coordinator is exempt as a demo account).
	 */
	public RequestPostProcessor coordinator(String username, String fullName, String agencyCode) {
		if (!this.accounts.exists(username)) {
			this.accounts.create(username, "test-password-1", fullName, Role.COORDINATOR, agencyCode);
		}
		PlanUser account = this.fixtures.user(username);
		List<GrantedAuthority> authorities = new ArrayList<>(account.getAuthorities());
		authorities.add(new SimpleGrantedAuthority(TwoStepPrincipal.TOTP_AUTHORITY));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(account, null, authorities));
	}

	/** The plan form as typed: its heading and its key areas, one a line. */
	public MockHttpServletRequestBuilder planForm(MockHttpServletRequestBuilder request, String number,
			LocalDate issuedOn, String title, long standing, String areas) {
		return request.with(csrf())
			.param("number", number)
			.param("issuedOn", issuedOn.toString())
			.param("titleVi", title)
			.param("signer", "Tran Van Ky")
			.param("legalBasisVi", "Luật Phòng, chống mua bán người 2024")
			.param("standingAgencyId", "" + standing)
			.param("keyAreas", areas);
	}

	/** A draft plan made in the plan editor; returns its id. */
	public long createPlan(RequestPostProcessor user, String number, LocalDate issuedOn, String title, long standing,
			String areas) throws Exception {
		String location = this.mvc
			.perform(planForm(post("/plans/new"), number, issuedOn, title, standing, areas).with(user))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "plans.flash.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.replaceAll(".*/plans/", ""));
	}

	/**
	 * The task form as typed: a one-off task due on the day, led by one agency (and
	 * supported by one, if given).
	 */
	public MockHttpServletRequestBuilder taskForm(MockHttpServletRequestBuilder request, long areaId, String code,
			String title, LocalDate due, String lead, String support) {
		return taskFields(request.param("areaId", "" + areaId), code, title, due, lead, support);
	}

	/**
	 * The task form as typed, but for its key area: a one-off task due on the day, led by
	 * one agency (and supported by one, if given).
	 */
	public MockHttpServletRequestBuilder taskFields(MockHttpServletRequestBuilder request, String code, String title,
			LocalDate due, String lead, String support) {
		request.with(csrf())
			.param("code", code)
			.param("titleVi", title)
			.param("titleEn", "Task " + code)
			.param("outputVi", "Báo cáo")
			.param("outputEn", "Report")
			.param("scheduleKind", "FIXED")
			.param("dueDate", due.toString())
			.param("leadAgencyIds", "" + agencyId(lead));
		if (support != null) {
			request.param("supportAgencyIds", "" + agencyId(support));
		}
		return request;
	}

	/**
	 * A new task made in the task editor ("Nhiệm vụ " and its number); returns its id.
	 */
	public long createTask(RequestPostProcessor coordinator, long areaId, String code, String lead, LocalDate due)
			throws Exception {
		var response = this.mvc
			.perform(taskForm(post("/tasks/new"), areaId, code, "Nhiệm vụ " + code, due, lead, null).with(coordinator))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
		return Long.parseLong(response.getRedirectedUrl().replaceAll(".*/tasks/", ""));
	}

	/** Publishes the draft at its current version. */
	public ResultActions publish(RequestPostProcessor user, long planId) throws Exception {
		return this.mvc
			.perform(post("/plans/" + planId + "/publish").param("version", "" + planVersion(planId))
				.with(user)
				.with(csrf()))
			.andExpect(status().isFound());
	}

	public long agencyId(String code) {
		return this.fixtures.jdbc().sql("select id from agency where code = ?").param(code).query(Long.class).single();
	}

	public long areaId(long planId, int ordinal) {
		return this.fixtures.jdbc()
			.sql("select id from key_area where plan_id = ? and ordinal = ?")
			.params(planId, ordinal)
			.query(Long.class)
			.single();
	}

	public long planVersion(long planId) {
		return this.fixtures.jdbc()
			.sql("select version from plan where id = ?")
			.param(planId)
			.query(Long.class)
			.single();
	}

}
