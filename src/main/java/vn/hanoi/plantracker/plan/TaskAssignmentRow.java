package vn.hanoi.plantracker.plan;

import java.time.LocalDate;

import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.system.Localized;

/** One assignment of a task, as listed on the task page. */
public record TaskAssignmentRow(Long id, Long agencyId, String agencyNameVi, String agencyNameEn, AgencyRole role,
		boolean requested, String period, LocalDate dueDate, LocalDate originalDueDate, String status, int percent,
		LocalDate completedOn) {

	public String agencyName() {
		return Localized.pick(this.agencyNameVi, this.agencyNameEn);
	}

	public boolean completed() {
		return "COMPLETED".equals(this.status);
	}

	public boolean overdue(LocalDate today) {
		return Deadlines.isOverdue(completed() || "SUBMITTED".equals(this.status), this.dueDate, today);
	}

	public boolean completedLate() {
		return Deadlines.isCompletedLate(this.completedOn, this.dueDate);
	}

	public boolean extended() {
		return !this.dueDate.equals(this.originalDueDate);
	}

}
