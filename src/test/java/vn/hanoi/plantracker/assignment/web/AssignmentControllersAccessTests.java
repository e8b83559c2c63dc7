package vn.hanoi.plantracker.assignment.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.plantracker.assignment.AssignmentReading;
import vn.hanoi.plantracker.assignment.AssignmentReading.AssignmentPage;
import vn.hanoi.plantracker.assignment.AssignmentService;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.assignment.AssignmentView;
import vn.hanoi.plantracker.assignment.EvidenceRules;
import vn.hanoi.plantracker.notification.Notifications;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.system.AccountStatus;
import vn.hanoi.plantracker.system.WebSliceSecurity;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Web slice of the assignment controllers with the application's real security
 * configuration: the URL and role rules, CSRF, and that a controller never calls the
 * service for a user who may not act. The object rules (which agency) are proved against
 * PostgreSQL in AssignmentWorkflowTests.
 */
@WebMvcTest(controllers = { MyAssignmentsController.class, AssignmentController.class, ReviewController.class,
		EvidenceController.class })
@Import({ WebSliceSecurity.class, EvidenceRules.class })
class AssignmentControllersAccessTests {

	private static final long HEALTH = 2L;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AssignmentReading reading;

	@MockitoBean
	AssignmentService service;

	// the bell's unread count in the layout; a slice has no database behind it
	@MockitoBean
	Notifications notifications;

	/** Read by the advice that adds the deadline panel to the assignment page. */
	@MockitoBean
	vn.hanoi.plantracker.assignment.ExtensionReading extensions;

	// every request re-checks that the signed-in account is still enabled
	@MockitoBean
	AccountStatus accounts;

	@BeforeEach
	void anAssignmentOfTheDepartmentOfHealth() {
		// signed in as PlanUser.signedIn(...): an enabled account, no password (no stamp)
		given(this.accounts.of(any())).willReturn(new AccountStatus.State(true, null));
		AssignmentView view = new AssignmentView(7, 3, 1, "4.1", "Tập huấn", "Training", null, null, "Báo cáo",
				"Report", 4, "Hỗ trợ", "Support", 1, "133/KH-UBND", HEALTH, "Sở Y tế", "Department of Health",
				AgencyRole.LEAD, false, "2026", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30),
				AssignmentStatus.IN_PROGRESS, 40, null, null, false);
		given(this.reading.page(any(), eq(7L))).willAnswer((invocation) -> new AssignmentPage(view, List.of(),
				List.of(), ((PlanUser) invocation.getArgument(0)).getAgencyId() == HEALTH
						&& ((PlanUser) invocation.getArgument(0)).hasRole(Role.OFFICER)));
		given(this.reading.ofMyAgency(any(), any(), anyInt(), anyInt()))
			.willReturn(new AssignmentReading.MyAgencyPage(List.of(), 1, 0));
	}

	@Test
	void anonymousUsersAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/my/assignments")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/assignments/7")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/evidence/1")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void onlyOfficersHaveAMyAssignmentsPage() throws Exception {
		this.mvc.perform(get("/my/assignments").with(as(Role.OFFICER, HEALTH))).andExpect(status().isOk());
		for (Role role : new Role[] { Role.COORDINATOR, Role.LEADER, Role.ADMIN }) {
			this.mvc.perform(get("/my/assignments").with(as(role, 1L))).andExpect(status().isForbidden());
		}
	}

	@Test
	void everyRoleMayOpenAnAssignmentItIsAllowedToRead() throws Exception {
		for (Role role : Role.values()) {
			this.mvc.perform(get("/assignments/7").with(as(role, HEALTH))).andExpect(status().isOk());
		}
	}

	@Test
	void aReadRefusedByTheServiceIsA403() throws Exception {
		given(this.reading.page(any(), eq(8L))).willThrow(new AccessDeniedException("other agency"));
		this.mvc.perform(get("/assignments/8").with(as(Role.OFFICER, 99L))).andExpect(status().isForbidden());
	}

	@Test
	void progressNeedsCsrfAndAnOfficerOfTheAgency() throws Exception {
		this.mvc
			.perform(multipart("/assignments/7/progress").param("version", "3")
				.param("status", "IN_PROGRESS")
				.param("percent", "50")
				.with(as(Role.OFFICER, HEALTH)))
			.andExpect(status().isForbidden());
		for (Role role : new Role[] { Role.COORDINATOR, Role.LEADER, Role.ADMIN }) {
			this.mvc
				.perform(multipart("/assignments/7/progress").param("version", "3")
					.param("status", "IN_PROGRESS")
					.param("percent", "50")
					.with(csrf())
					.with(as(role, HEALTH)))
				.andExpect(status().isForbidden());
		}
		verify(this.service, never()).recordProgress(any(), anyLong(), any());
		this.mvc
			.perform(multipart("/assignments/7/progress").param("version", "3")
				.param("status", "IN_PROGRESS")
				.param("percent", "50")
				.with(csrf())
				.with(as(Role.OFFICER, HEALTH)))
			.andExpect(redirectedUrl("/assignments/7"));
		verify(this.service).recordProgress(any(), eq(7L), any());
	}

	@Test
	void onlyTheCoordinatorReviews() throws Exception {
		for (Role role : new Role[] { Role.OFFICER, Role.LEADER, Role.ADMIN }) {
			this.mvc.perform(post("/assignments/7/accept").param("version", "3").with(csrf()).with(as(role, HEALTH)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/assignments/7/return").param("version", "3")
					.param("note", "x")
					.with(csrf())
					.with(as(role, HEALTH)))
				.andExpect(status().isForbidden());
		}
		verify(this.service, never()).accept(any(), anyLong(), any());
		this.mvc
			.perform(post("/assignments/7/accept").param("version", "3").with(csrf()).with(as(Role.COORDINATOR, 1L)))
			.andExpect(redirectedUrl("/assignments/7"));
	}

	private static RequestPostProcessor as(Role role, long agencyId) {
		return user(PlanUser.signedIn(10L + role.ordinal(), role.name().toLowerCase(), role, agencyId, "Cơ quan"));
	}

}
