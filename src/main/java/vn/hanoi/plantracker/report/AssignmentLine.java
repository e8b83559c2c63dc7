package vn.hanoi.plantracker.report;

import java.time.LocalDate;

import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.system.Deadlines;
import vn.hanoi.plantracker.system.Localized;

/** One assignment as a report lists it, in its state at the as-of date. */
public record AssignmentLine(long id, long agencyId, String agencyVi, String agencyEn, String taskCode, String taskVi,
		String taskEn, String period, AgencyRole role, LocalDate dueDate, AssignmentStatus status, int percent,
		LocalDate completedOn) {

	public String agency() {
		return Localized.pick(this.agencyVi, this.agencyEn);
	}

	public String task() {
		return Localized.pick(this.taskVi, this.taskEn);
	}

	public boolean overdue(LocalDate asOf) {
		return Deadlines.isOverdue(this.status == AssignmentStatus.COMPLETED, this.dueDate, asOf);
	}

	public boolean completedLate() {
		return Deadlines.isCompletedLate(this.completedOn, this.dueDate);
	}

	public long daysLeft(LocalDate asOf) {
		return Deadlines.daysLeft(this.dueDate, asOf);
	}

}
