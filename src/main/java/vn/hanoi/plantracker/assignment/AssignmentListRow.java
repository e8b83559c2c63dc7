package vn.hanoi.plantracker.assignment;

import java.time.Instant;
import java.time.LocalDate;

import vn.hanoi.plantracker.plan.AgencyRole;

/** One assignment as the machine-readable list gives it. */
public record AssignmentListRow(long id, long version, long taskId, long agencyId, AgencyRole role, boolean requested,
		String period, LocalDate dueDate, LocalDate originalDueDate, AssignmentStatus status, int percent,
		LocalDate completedOn, Instant lastUpdateAt) implements AssignmentDeadline {

}
