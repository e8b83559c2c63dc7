package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;

/** An officer asked the coordinator for a later due date. */
public record ExtensionRequested(long requestId, long assignmentId, long agencyId, long taskId,
		LocalDate currentDueDate, LocalDate requestedDueDate, String reason) {

}
