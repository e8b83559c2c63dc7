package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;

import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.system.Localized;

/** One row of an officer's list of its agency's assignments. */
public record MyAssignmentRow(long id, String taskCode, String taskTitleVi, String taskTitleEn, int areaOrdinal,
		String period, AgencyRole role, boolean requested, LocalDate dueDate, LocalDate originalDueDate,
		AssignmentStatus status, int percent, LocalDate completedOn, String planNumber) implements AssignmentDeadline {

	public String taskTitle() {
		return Localized.pick(this.taskTitleVi, this.taskTitleEn);
	}

}
