package vn.hanoi.plantracker.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.assignment.AssignmentAccess;
import vn.hanoi.plantracker.round.RoundCoordinators;
import vn.hanoi.plantracker.user.UserAccounts;

/**
 * Who hears about the work that waits on a plan's coordinators (a submission, an
 * extension request, a round report): the enabled coordinators of the plan's standing
 * body only, as only they act on it ({@link AssignmentAccess},
 * {@link RoundCoordinators}). The same recipients for the bell and for email.
 */
@Component
@Transactional(readOnly = true)
class PlanCoordinators {

	private final AssignmentAccess assignments;

	private final RoundCoordinators rounds;

	private final UserAccounts users;

	PlanCoordinators(AssignmentAccess assignments, RoundCoordinators rounds, UserAccounts users) {
		this.assignments = assignments;
		this.rounds = rounds;
		this.users = users;
	}

	/** The coordinators of the assignment's plan. */
	List<Long> ofAssignment(long assignmentId) {
		return standingBodyOfAssignment(assignmentId).map(this.users::coordinatorIdsOf).orElse(List.of());
	}

	/** The addresses of the coordinators of the assignment's plan that have one. */
	List<String> emailsOfAssignment(long assignmentId) {
		return standingBodyOfAssignment(assignmentId).map(this.users::coordinatorEmailsOf).orElse(List.of());
	}

	/** The coordinators of the round's plan. */
	List<Long> ofRound(long roundId) {
		return this.rounds.standingBodyOf(roundId).map(this.users::coordinatorIdsOf).orElse(List.of());
	}

	/** The addresses of the coordinators of the round's plan that have one. */
	List<String> emailsOfRound(long roundId) {
		return this.rounds.standingBodyOf(roundId).map(this.users::coordinatorEmailsOf).orElse(List.of());
	}

	private Optional<Long> standingBodyOfAssignment(long assignmentId) {
		return this.assignments.standingBodyOf(assignmentId);
	}

}
