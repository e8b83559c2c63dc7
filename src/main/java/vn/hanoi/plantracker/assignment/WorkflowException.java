package vn.hanoi.plantracker.assignment;

/**
 * A change the workflow does not allow (a refused transition, a submission without a
 * note...). Carries a message key and arguments so that the page can say, in the user's
 * language, what to do instead.
 */
public class WorkflowException extends RuntimeException {

	private final String code;

	private final transient Object[] args;

	public WorkflowException(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = args;
	}

	public String getCode() {
		return this.code;
	}

	public Object[] getArgs() {
		return this.args;
	}

}
