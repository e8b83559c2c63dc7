package vn.hanoi.plantracker.user;

import vn.hanoi.plantracker.system.NotFoundException;

public class SessionNotFoundException extends NotFoundException {

	public SessionNotFoundException(Object id) {
		super("Session", "?");
	}

}
