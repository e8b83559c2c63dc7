package vn.hanoi.plantracker.system;

/**
 * A change the rules refuse, with the message key and arguments that let the page say, in
 * the user's language, what to do instead. Each module names its own refusals.
 */
public abstract class ChangeRefusedException extends RuntimeException {

	private final String code;

	private final transient Object[] args;

	protected ChangeRefusedException(String code, Object... args) {
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
