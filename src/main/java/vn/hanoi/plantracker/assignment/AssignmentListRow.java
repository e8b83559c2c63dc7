package vn.hanoi.plantracker.assignment;

import java.time.Instant;
import java.time.LocalDate;

import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.standing.Deadlines;

/** One assignment as the machine-readable list gives it. */
public record AssignmentListRow(long id, long version, long taskId, long agencyId, AgencyRole role, boolean requested,
		String period, LocalDate dueDate, LocalDate originalDueDate, AssignmentStatus status, int percent,
		LocalDate completedOn, Instant lastUpdateAt) {

	public boolean overdue(LocalDate today) {
		return Deadlines.isOverdue(
				this.status == AssignmentStatus.COMPLETED || this.status == AssignmentStatus.SUBMITTED, this.dueDate,
				today);
	}

}
