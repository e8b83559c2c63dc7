package vn.hanoi.plantracker.plan;

/**
 * A plan heading or a plan change that cannot be saved: a message key and its arguments
 * for the page. Nothing was saved.
 */
public class PlanEditException extends RuntimeException {

	private final String code;

	private final transient Object[] args;

	public PlanEditException(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = args;
	}

	public String getCode() {
		return this.code;
	}

	public Object[] getArgs() {
		return this.args.clone();
	}

}
