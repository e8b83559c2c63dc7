package vn.hanoi.plantracker.user;

import vn.hanoi.plantracker.system.ChangeRefusedException;

/** An account change the rules refuse; carries the message key for the page. */
public class UserEditException extends ChangeRefusedException {

	public UserEditException(String code) {
		super(code);
	}

}
