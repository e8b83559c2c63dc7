package vn.hanoi.plantracker.plan;

/** The task was saved by someone else after this form was opened; nothing was written. */
public class StaleTaskException extends RuntimeException {

	public StaleTaskException(long taskId) {
		super("Task " + taskId + " was changed by someone else");
	}

}
