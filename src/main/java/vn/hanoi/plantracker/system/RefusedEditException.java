package vn.hanoi.plantracker.system;

/**
 * A change the rules refuse; carries the message key for the page. Each module names its
 * own kind (an agency change, an account change); {@link RefusedEdits} answers them all
 * alike.
 */
public abstract class RefusedEditException extends RuntimeException {

	private final String code;

	protected RefusedEditException(String code) {
		super(code);
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

}
