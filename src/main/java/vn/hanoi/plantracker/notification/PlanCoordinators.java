package vn.hanoi.plantracker.notification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.assignment.AssignmentAccess;
import vn.hanoi.plantracker.plan.StandingBodies;
import vn.hanoi.plantracker.round.RoundCoordinators;
import vn.hanoi.plantracker.user.UserAccounts;

/**
 * Who hears about the work of a plan that is the coordinators' to act on (a submission,
 * an extension request, a round report, work long overdue): the enabled coordinators of
 * the plan's standing body only, as only they act on it ({@link AssignmentAccess},
 * {@link StandingBodies}, {@link RoundCoordinators}). The same recipients for the bell
 * and for email.
 */
@Component
@Transactional(readOnly = true)
class PlanCoordinators {

	private final AssignmentAccess assignments;

	private final StandingBodies plans;

	private final RoundCoordinators rounds;

	private final UserAccounts users;

	PlanCoordinators(AssignmentAccess assignments, StandingBodies plans, RoundCoordinators rounds, UserAccounts users) {
		this.assignments = assignments;
		this.plans = plans;
		this.rounds = rounds;
		this.users = users;
	}

	/** The coordinators of the assignment's plan. */
	List<Long> ofAssignment(long assignmentId) {
		return of(this.assignments.standingBodyOf(assignmentId));
	}

	/** The coordinators of the round's plan. */
	List<Long> ofRound(long roundId) {
		return of(this.rounds.standingBodyOf(roundId));
	}

	/**
	 * The standing body of each task's plan: whose coordinators hear of its work; one
	 * statement for any number of tasks.
	 */
	Map<Long, Long> standingBodiesOfTasks(Collection<Long> taskIds) {
		return this.plans.standingBodiesOfTasks(taskIds);
	}

	/**
	 * The coordinators of each standing body: of every plan it runs; one statement for
	 * any number of bodies (a body without one is left out).
	 */
	Map<Long, List<Long>> ofStandingBodies(Collection<Long> agencyIds) {
		return this.users.coordinatorIdsOf(agencyIds);
	}

	private List<Long> of(Optional<Long> standingBody) {
		return standingBody.map(this.users::coordinatorIdsOf).orElse(List.of());
	}

}
