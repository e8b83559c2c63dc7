package vn.hanoi.plantracker.report;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;

/**
 * Who reads which report, in one place: coordinators, leadership and administrators read
 * every agency's figures; an officer reads only its own agency's (the department report
 * holds its own row, an agency report or a drill-down of another agency is not found, as
 * for an agency that does not exist). The report cache checks it before its look-up and
 * keys its pages by whose view they are ({@code ViewerScope}), so that an officer's page
 * never reaches another viewer.
 * <p>
 * The one access component of reports: handlers carry its rule as
 * {@link ReaderOfAgencyReport}; {@link Reports} and {@link ReportCache} call it for the
 * rows a viewer sees.
 */
@Component("reportAccess")
class ReportAccess {

	/**
	 * Whether the user reads the agency's report: every role may, an officer only its own
	 * agency's (another's is not found, so that ids cannot be probed).
	 */
	public boolean canReadAgency(Long agencyId, Authentication authentication) {
		if (authentication == null || authentication.getAuthorities()
			.stream()
			.noneMatch((granted) -> java.util.Arrays.stream(Role.values())
				.anyMatch((role) -> role.authority().equals(granted.getAuthority())))) {
			return false;
		}
		if (authentication.getPrincipal() instanceof PlanUser user) {
			requireAgency(user, agencyId);
		}
		return true;
	}

	/**
	 * The agency whose rows the user sees: an officer's own, else every agency (null).
	 */
	static Long onlyAgency(PlanUser user) {
		return user.hasRole(Role.OFFICER) ? Long.valueOf(user.getAgencyId()) : null;
	}

	/**
	 * The agency a drill-down shows: an officer's own (asking for another's is not
	 * found), else the one asked for (null: every agency).
	 */
	static Long drilledAgency(PlanUser user, Long agencyId) {
		if (agencyId != null) {
			requireAgency(user, agencyId);
		}
		return user.hasRole(Role.OFFICER) ? Long.valueOf(user.getAgencyId()) : agencyId;
	}

	/** An officer asking for another agency's report: not found. */
	static void requireAgency(PlanUser user, Long agencyId) {
		if (user.hasRole(Role.OFFICER) && (agencyId == null || !agencyId.equals(user.getAgencyId()))) {
			throw new ReportNotFoundException("Agency with assignments in this selection", agencyId);
		}
	}

}
