package vn.hanoi.plantracker.assignment;

import org.springframework.security.access.AccessDeniedException;

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

	static void requireRead(PlanUser user, long assignmentId, long agencyId) {
		if (!canRead(user, agencyId)) {
			throw new AssignmentNotFoundException(assignmentId).ofAnotherAgency();
		}
	}

	static void requireReport(PlanUser user, long assignmentId, long agencyId) {
		requireRead(user, assignmentId, agencyId);
		if (!canReport(user, agencyId)) {
			throw new AccessDeniedException("Only the agency's own officers report on its assignments");
		}
	}

}
