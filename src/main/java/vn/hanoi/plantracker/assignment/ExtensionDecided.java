package vn.hanoi.plantracker.assignment;

/** The coordinator approved or refused an extension request. */
public record ExtensionDecided(long requestId, long assignmentId, long agencyId, long taskId, boolean approved,
		String note) {

}
