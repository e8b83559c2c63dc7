package vn.hanoi.plantracker.api;

import vn.hanoi.plantracker.system.ChangeRefusedException;

/**
 * A token that cannot be made as asked (a bad name or expiry, a second factor not
 * confirmed): the message key says what to do instead.
 */
public class TokenRefusedException extends ChangeRefusedException {

	public TokenRefusedException(String code) {
		super(code);
	}

}
