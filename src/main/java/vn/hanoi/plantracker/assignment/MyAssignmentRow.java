package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;

import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.system.Localized;

/** One row of an officer's list of its agency's assignments. */
public record MyAssignmentRow(long id, String taskCode, String taskTitleVi, String taskTitleEn, int areaOrdinal,
		String period, AgencyRole role, boolean requested, LocalDate dueDate, LocalDate originalDueDate,
		AssignmentStatus status, int percent, LocalDate completedOn, String planNumber) {

	public String taskTitle() {
		return Localized.pick(this.taskTitleVi, this.taskTitleEn);
	}

	public long daysLeft(LocalDate today) {
		return Deadlines.daysLeft(this.dueDate, today);
	}

	public boolean overdue(LocalDate today) {
		return Deadlines.isOverdue(
				this.status == AssignmentStatus.COMPLETED || this.status == AssignmentStatus.SUBMITTED, this.dueDate,
				today);
	}

	public boolean completedLate() {
		return Deadlines.isCompletedLate(this.completedOn, this.dueDate);
	}

}
