package vn.hanoi.plantracker.dashboard;

import java.time.LocalDate;

import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.system.Localized;

/**
 * One assignment on the dashboard. {@code daysOverdue} is negative while there is time
 * left; {@code lastUpdate} is the Hanoi date of the last change, null if none.
 */
public record DashboardRow(long id, long agencyId, String taskCode, String taskTitleVi, String taskTitleEn,
		String planNumber, String period, AgencyRole role, boolean requested, LocalDate dueDate,
		LocalDate originalDueDate, AssignmentStatus status, int percent, long daysOverdue, LocalDate lastUpdate,
		Long daysSinceUpdate) {

	public String taskTitle() {
		return Localized.pick(this.taskTitleVi, this.taskTitleEn);
	}

	public boolean dueDateChanged() {
		return !this.dueDate.equals(this.originalDueDate);
	}

	public Ageing ageing() {
		return Ageing.of(this.daysOverdue);
	}

}
