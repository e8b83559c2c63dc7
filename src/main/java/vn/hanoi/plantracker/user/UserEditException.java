package vn.hanoi.plantracker.user;

/** An account change the rules refuse; carries the message key for the page. */
public class UserEditException extends RuntimeException {

	private final String code;

	public UserEditException(String code) {
		super(code);
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

}
