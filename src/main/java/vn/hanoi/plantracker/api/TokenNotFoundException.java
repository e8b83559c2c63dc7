package vn.hanoi.plantracker.api;

import vn.hanoi.plantracker.system.NotFoundException;

/** No token of this user with this id. */
class TokenNotFoundException extends NotFoundException {

	public TokenNotFoundException(long id) {
		super("API token", id);
	}

}
