package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;

/** The coordinator accepted an assignment as completed. */
public record AssignmentAccepted(long assignmentId, long agencyId, long taskId, LocalDate completedOn) {

}
