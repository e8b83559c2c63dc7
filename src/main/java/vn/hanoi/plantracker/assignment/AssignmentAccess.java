package vn.hanoi.plantracker.assignment;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.plan.PlanAccess;
import vn.hanoi.plantracker.plan.StandingBodies;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;

/**
 * Who may see and change an agency's assignments: officers only their own agency's;
 * coordinator, leadership and administrators may read all. Only officers report progress,
 * and only on their own agency's. Another agency's assignment is answered exactly like
 * one that does not exist (404), so ids cannot be probed; a role that never reports is
 * refused (403) whatever the id.
 * <p>
 * The one access component of assignments (and their extension requests): handlers and
 * services carry its rules as {@link ReporterOfAssignment} and
 * {@link CoordinatorOfAssignment}; the readers call its static rules for lists and pages.
 * A refusal as not found is thrown from here, so it stays a 404 through method security.
 */
@Component("assignmentAccess")
public class AssignmentAccess {

	private final JdbcClient jdbc;

	private final PlanAccess plans;

	private final StandingBodies bodies;

	AssignmentAccess(JdbcClient jdbc, PlanAccess plans, StandingBodies bodies) {
		this.bodies = bodies;
		this.jdbc = jdbc;
		this.plans = plans;
	}

	/**
	 * Whether the user reports on the assignment: a role that never reports is refused
	 * (false, 403) whatever the id; for an officer, a missing assignment or another
	 * agency's is not found.
	 */
	public boolean canReport(long assignmentId, Authentication authentication) {
		PlanUser user = userOf(authentication);
		if (user == null || !user.hasRole(Role.OFFICER)) {
			return false;
		}
		long agencyId = column("agency_id", assignmentId)
			.orElseThrow(() -> new AssignmentNotFoundException(assignmentId));
		requireReport(user, assignmentId, agencyId);
		return true;
	}

	/**
	 * Whether the user decides on the assignment (review, due date): only a coordinator
	 * (false, 403, for every other role), and only of its plan's standing body (another
	 * plan's assignment is not found).
	 */
	public boolean canReview(long assignmentId, Authentication authentication) {
		PlanUser user = userOf(authentication);
		if (user == null || !user.hasRole(Role.COORDINATOR)) {
			return false;
		}
		long taskId = column("task_id", assignmentId).orElseThrow(() -> new AssignmentNotFoundException(assignmentId));
		if (!this.plans.coordinatesTask(user, taskId)) {
			throw new AssignmentNotFoundException(assignmentId).ofAnotherAgency();
		}
		return true;
	}

	/**
	 * Whether the user decides on an extension request: as {@link #canReview} for the
	 * request's assignment; a request of another plan is not found.
	 */
	public boolean canDecideExtension(long requestId, Authentication authentication) {
		PlanUser user = userOf(authentication);
		if (user == null || !user.hasRole(Role.COORDINATOR)) {
			return false;
		}
		boolean runs = this.jdbc.sql("""
				select a.task_id from deadline_extension_request r join assignment a on a.id = r.assignment_id
				where r.id = :id""")
			.param("id", requestId)
			.query(Long.class)
			.optional()
			.map((task) -> this.plans.coordinatesTask(user, task))
			.orElse(false);
		if (!runs) {
			throw new ExtensionRequestNotFoundException(requestId);
		}
		return true;
	}

	/**
	 * The agency whose coordinators decide on the assignment (its plan's standing body):
	 * who hears that it was sent for review or that more time is asked for.
	 */
	public Optional<Long> standingBodyOf(long assignmentId) {
		return column("task_id", assignmentId).flatMap(this.bodies::standingBodyOfTask);
	}

	/** Administrators remind anyone; a coordinator only about the plans they run. */
	boolean mayRemind(PlanUser user, long taskId) {
		return user.hasRole(Role.ADMIN) || this.plans.coordinatesTask(user, taskId);
	}

	private Optional<Long> column(String column, long assignmentId) {
		return this.jdbc.sql("select " + column + " from assignment where id = :id")
			.param("id", assignmentId)
			.query(Long.class)
			.optional();
	}

	private static PlanUser userOf(Authentication authentication) {
		return (authentication != null && authentication.getPrincipal() instanceof PlanUser user) ? user : null;
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

	static void requireReport(PlanUser user, long assignmentId, long agencyId) {
		requireRead(user, assignmentId, agencyId);
		if (!canReport(user, agencyId)) {
			throw new AccessDeniedException("Only the agency's own officers report on its assignments");
		}
	}

}
