package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;

import vn.hanoi.plantracker.standing.Deadlines;

/**
 * An assignment row read against its due date, by the rules of {@link Deadlines}: the
 * rows of the assignment page, an officer's list and the machine-readable list say
 * overdue, days left and completed late the same way. Submitted work waits on the
 * coordinator, not the agency, so it is never overdue.
 */
public interface AssignmentDeadline {

	LocalDate dueDate();

	AssignmentStatus status();

	LocalDate completedOn();

	default long daysLeft(LocalDate today) {
		return Deadlines.daysLeft(dueDate(), today);
	}

	default boolean overdue(LocalDate today) {
		return Deadlines.isOverdue(status() == AssignmentStatus.COMPLETED || status() == AssignmentStatus.SUBMITTED,
				dueDate(), today);
	}

	default boolean completedLate() {
		return Deadlines.isCompletedLate(completedOn(), dueDate());
	}

}
