package vn.hanoi.plantracker.plan;

/**
 * An annex file or a plan heading that cannot be imported: a message key and its
 * arguments, for the import page. Nothing was saved.
 */
public class PlanImportException extends RuntimeException {

	private final String code;

	private final transient Object[] args;

	public PlanImportException(String code, Object... args) {
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
