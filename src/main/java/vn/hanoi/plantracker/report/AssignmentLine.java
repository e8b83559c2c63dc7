package vn.hanoi.plantracker.report;

import java.time.LocalDate;

import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.system.Localized;
import vn.hanoi.plantracker.standing.Metric;

/**
 * One assignment as a report lists it, in its state at the end of the as-of day, with the
 * names of that day: its metric (one of the exclusive ones of {@link Metric}), its
 * completion date (the day the accepted submission was sent) and the day it was accepted.
 */
public record AssignmentLine(long id, long agencyId, String agencyVi, String agencyEn, String taskCode, String taskVi,
		String taskEn, String period, AgencyRole role, LocalDate dueDate, AssignmentStatus status, int percent,
		LocalDate completedOn, LocalDate acceptedOn, Metric metric) {

	public String agency() {
		return Localized.pick(this.agencyVi, this.agencyEn);
	}

	public String task() {
		return Localized.pick(this.taskVi, this.taskEn);
	}

	public boolean overdue() {
		return this.metric == Metric.OVERDUE;
	}

	public boolean completedLate() {
		return this.metric == Metric.LATE;
	}

	public long daysLeft(LocalDate asOf) {
		return Deadlines.daysLeft(this.dueDate, asOf);
	}

}
