package vn.hanoi.plantracker.assignment;

import java.util.Map;
import java.util.Set;

/**
 * Where an assignment stands. Officers move it up to SUBMITTED (in one step from
 * NOT_STARTED, IN_PROGRESS or RETURNED); only the coordinator accepts it (COMPLETED) or
 * returns it (RETURNED), after which the officer takes it up again (IN_PROGRESS).
 */
public enum AssignmentStatus {

	NOT_STARTED, IN_PROGRESS, SUBMITTED, RETURNED, COMPLETED;

	// Submitting is one step from every open state the officer holds: a final report with
	// its evidence does not need a "started" save first.
	private static final Map<AssignmentStatus, Set<AssignmentStatus>> OFFICER_MOVES = Map.of(NOT_STARTED,
			Set.of(IN_PROGRESS, SUBMITTED), IN_PROGRESS, Set.of(IN_PROGRESS, SUBMITTED), RETURNED,
			Set.of(IN_PROGRESS, SUBMITTED), SUBMITTED, Set.of(), COMPLETED, Set.of());

	/**
	 * Whether an officer may record progress that leaves the assignment in
	 * {@code target}.
	 */
	public boolean officerMayMoveTo(AssignmentStatus target) {
		return OFFICER_MOVES.get(this).contains(target);
	}

	/** The statuses an officer may choose from here, in workflow order. */
	public java.util.List<AssignmentStatus> officerTargets() {
		return java.util.Arrays.stream(values()).filter(this::officerMayMoveTo).toList();
	}

	public boolean isOpen() {
		return this != COMPLETED;
	}

}
