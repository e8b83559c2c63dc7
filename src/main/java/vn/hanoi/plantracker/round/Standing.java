package vn.hanoi.plantracker.round;

import java.time.LocalDate;

import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.report.AssignmentLine;

/**
 * Where one assignment stands on the cut-off day, in the categories of the metric
 * definitions (DOMAIN.md): in the due set (due on or before the day) it is completed on
 * time, completed late, awaiting review (the coordinator's wait, not the agency's) or
 * overdue; outside it, in progress within its deadline or not yet due.
 */
public enum Standing {

	DONE_ON_TIME, DONE_LATE, AWAITING_REVIEW, OVERDUE, IN_PROGRESS, NOT_YET_DUE;

	static Standing of(AssignmentLine line, LocalDate asOf) {
		// the day is already in the line: its metric was counted as of it (Metric)
		if (line.status() == AssignmentStatus.COMPLETED) {
			return line.completedLate() ? DONE_LATE : DONE_ON_TIME;
		}
		if (line.status() == AssignmentStatus.SUBMITTED) {
			return AWAITING_REVIEW;
		}
		if (line.overdue()) {
			return OVERDUE;
		}
		return (line.status() == AssignmentStatus.NOT_STARTED) ? NOT_YET_DUE : IN_PROGRESS;
	}

}
