package vn.hanoi.plantracker.assignment;

import org.springframework.security.access.AccessDeniedException;

import vn.hanoi.plantracker.plan.PlanAccess;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;

/**
 * Who may see and change an agency's assignments: officers only their own agency's;
 * coordinator, leadership and administrators may read all. Only officers report progress,
 * and only on their own agency's. Another agency's assignment is answered exactly like
 * one that does not exist (404), so ids cannot be probed; a role that never reports is
 * refused (403) whatever the id.
 */
final class AssignmentAccess {

	private AssignmentAccess() {
	}

	static boolean canRead(PlanUser user, long agencyId) {
		return !user.hasRole(Role.OFFICER) || user.getAgencyId() == agencyId;
	}

	static boolean canReport(PlanUser user, long agencyId) {
		return user.hasRole(Role.OFFICER) && user.getAgencyId() == agencyId;
	}

	/**
	 * Whether a list of an agency's assignments (null: every agency's) can show anything
	 * to the user: an officer asking for another agency's gets an empty list.
	 */
	static boolean mayList(PlanUser user, Long agencyId) {
		return !user.hasRole(Role.OFFICER) || agencyId == null || agencyId == user.getAgencyId();
	}

	/** The agency a list shows: an officer's own whatever was asked, else as asked. */
	static Long listedAgency(PlanUser user, Long agencyId) {
		return user.hasRole(Role.OFFICER) ? user.getAgencyId() : agencyId;
	}

	static void requireRead(PlanUser user, long assignmentId, long agencyId) {
		if (!canRead(user, agencyId)) {
			throw new AssignmentNotFoundException(assignmentId).ofAnotherAgency();
		}
	}

	/**
	 * The coordinator actions on an assignment (review, deadlines) belong to the
	 * coordinators of its plan's standing body; for another plan's coordinator the
	 * assignment is not found.
	 */
	static void requireCoordinator(PlanAccess plans, PlanUser user, Assignment assignment) {
		if (!plans.coordinatesTask(user, assignment.getTask().getId())) {
			throw new AssignmentNotFoundException(assignment.getId()).ofAnotherAgency();
		}
	}

	/** Administrators remind anyone; a coordinator only about the plans they run. */
	static boolean mayRemind(PlanAccess plans, PlanUser user, long taskId) {
		return user.hasRole(Role.ADMIN) || plans.coordinatesTask(user, taskId);
	}

	static void requireReport(PlanUser user, long assignmentId, long agencyId) {
		requireRead(user, assignmentId, agencyId);
		if (!canReport(user, agencyId)) {
			throw new AccessDeniedException("Only the agency's own officers report on its assignments");
		}
	}

}
