package vn.hanoi.plantracker.plan;

/** A task edit the rules refuse; carries the message key that says what to do instead. */
public class TaskEditException extends RuntimeException {

	private final String code;

	public TaskEditException(String code) {
		super(code);
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

}
