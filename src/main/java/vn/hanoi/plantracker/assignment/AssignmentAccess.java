package vn.hanoi.plantracker.assignment;

import org.springframework.security.access.AccessDeniedException;

import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;

/**
 * Who may see and change an agency's assignments: officers only their own agency's;
 * coordinator, leadership and administrators may read all. Only officers report progress,
 * and only on their own agency's.
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

	static void requireRead(PlanUser user, long agencyId) {
		if (!canRead(user, agencyId)) {
			throw new AccessDeniedException("Assignment belongs to another agency");
		}
	}

	static void requireReport(PlanUser user, long agencyId) {
		if (!canReport(user, agencyId)) {
			throw new AccessDeniedException("Only the agency's own officers report on its assignments");
		}
	}

}
