package vn.hanoi.plantracker.assignment;

import java.util.List;

/**
 * One kind of an agency's open work that waits on it: its first rows by due date and how
 * many there are ({@link AssignmentReading#waitingOnMyAgency}).
 */
public record WaitingWork(Kind kind, List<MyAssignmentRow> first, long total) {

	/**
	 * Returned for correction; else overdue; else due soon and not sent. Each assignment
	 * is of one kind at most.
	 */
	public enum Kind {

		RETURNED, OVERDUE, DUE_SOON

	}

}
