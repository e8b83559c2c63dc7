package vn.hanoi.plantracker.assignment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of an assignment as the change feed gives it: the history entry (what
 * happened, when, the status and percent it left, the due date it set), or the
 * assignment's creation ({@link ChangeKind#ASSIGNED}: its status, percent and due date as
 * created), and where in the feed it stands.
 */
public record AssignmentChange(ChangePosition position, long changeId, long assignmentId, long taskId, long agencyId,
		ChangeKind kind, Instant at, AssignmentStatus statusBefore, AssignmentStatus statusAfter, int percent,
		LocalDate dueDate) {

}
