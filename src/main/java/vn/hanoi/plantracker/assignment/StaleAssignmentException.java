package vn.hanoi.plantracker.assignment;

/**
 * The form was opened on an older version of the assignment than the one now stored:
 * someone else saved in between. Nothing was written; the page shows what they saved and
 * keeps what this user typed.
 */
public class StaleAssignmentException extends RuntimeException {

	private final long assignmentId;

	public StaleAssignmentException(long assignmentId) {
		super("Assignment " + assignmentId + " was changed by someone else");
		this.assignmentId = assignmentId;
	}

	public long getAssignmentId() {
		return this.assignmentId;
	}

}
