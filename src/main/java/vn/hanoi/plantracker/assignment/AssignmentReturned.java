package vn.hanoi.plantracker.assignment;

/** The coordinator returned a submitted assignment to its agency with a reason. */
public record AssignmentReturned(long assignmentId, long agencyId, long taskId, String reason) {

}
