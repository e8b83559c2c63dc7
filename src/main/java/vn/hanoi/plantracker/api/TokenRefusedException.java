package vn.hanoi.plantracker.api;

/**
 * A token that cannot be made as asked (a bad name or expiry, a second factor not
 * confirmed): the message key says what to do instead.
 */
public class TokenRefusedException extends RuntimeException {

	private final String code;

	public TokenRefusedException(String code) {
		super(code);
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

}
