package vn.hanoi.plantracker.assignment;

/** An agency submitted its assignment for review. */
public record AssignmentSubmitted(long assignmentId, long agencyId, long taskId) {

}
