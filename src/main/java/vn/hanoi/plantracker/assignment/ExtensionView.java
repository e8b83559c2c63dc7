package vn.hanoi.plantracker.assignment;

import java.time.Instant;
import java.time.LocalDate;

import vn.hanoi.plantracker.system.Localized;

/**
 * An extension request as the assignment page and the coordinator's list show it, with
 * the assignment's original and current due dates.
 */
public record ExtensionView(long id, long version, long assignmentId, String taskCode, String taskTitleVi,
		String taskTitleEn, String agencyNameVi, String agencyNameEn, String period, LocalDate originalDueDate,
		LocalDate dueDate, LocalDate dueDateAtRequest, LocalDate requestedDueDate, String reason,
		String requestedByName, Instant requestedAt, ExtensionStatus status, String decisionNote) {

	public String taskTitle() {
		return Localized.pick(this.taskTitleVi, this.taskTitleEn);
	}

	public String agencyName() {
		return Localized.pick(this.agencyNameVi, this.agencyNameEn);
	}

	public boolean pending() {
		return this.status == ExtensionStatus.PENDING;
	}

}
