package vn.hanoi.plantracker.user;

import vn.hanoi.plantracker.system.NotFoundException;

class UserNotFoundException extends NotFoundException {

	public UserNotFoundException(Object id) {
		super("User", id);
	}

}
