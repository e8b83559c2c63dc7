package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;

/**
 * An assignment's due date changed: directly by the coordinator, by an approved extension
 * ({@code extensionRequestId} set), or because its task's deadline changed.
 */
public record DeadlineChanged(long assignmentId, long agencyId, long taskId, LocalDate before, LocalDate after,
		String reason, Long extensionRequestId) {

}
