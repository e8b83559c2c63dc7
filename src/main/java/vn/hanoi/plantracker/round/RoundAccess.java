package vn.hanoi.plantracker.round;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;

/**
 * Who may do what in a round, in one place. Officers see and write only their own
 * agency's report (another agency's is not found, as for assignments); the coordinator
 * runs the round and decides on reports; leadership reads everything and approves the
 * consolidated report; administrators read. Which plan's rounds a coordinator runs is
 * {@link RoundCoordinators}'.
 * <p>
 * The access component of rounds: handlers carry its rules as
 * {@link ApproverOfConsolidatedReport}; the round's services call its static rules for
 * the reports they read and write.
 */
@Component("roundAccess")
class RoundAccess {

	RoundAccess() {
	}

	/** Whether the user approves consolidated reports: leadership only (else 403). */
	public boolean canApprove(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((granted) -> Role.LEADER.authority().equals(granted.getAuthority()));
	}

	/** The agency whose rounds a list shows: an officer's own, else every agency's. */
	static Long listedAgency(PlanUser user) {
		return user.hasRole(Role.OFFICER) ? Long.valueOf(user.getAgencyId()) : null;
	}

	static void requireReadReport(PlanUser user, long agencyId) {
		if (user.hasRole(Role.OFFICER) && user.getAgencyId() != agencyId) {
			throw new RoundNotFoundException("Agency report", agencyId);
		}
	}

	static void requireWriteReport(PlanUser user, long agencyId) {
		requireReadReport(user, agencyId);
		if (!user.hasRole(Role.OFFICER)) {
			throw new AccessDeniedException("Only the agency's own officers write its report");
		}
	}

	static void requireCoordinator(PlanUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new AccessDeniedException("Only the coordinator runs a round");
		}
	}

	static void requireLeader(PlanUser user) {
		if (!user.hasRole(Role.LEADER)) {
			throw new AccessDeniedException("Only leadership approves the consolidated report");
		}
	}

	static void requireOverview(PlanUser user) {
		if (user.hasRole(Role.OFFICER)) {
			throw new AccessDeniedException("Officers see their own agency's report only");
		}
	}

}
