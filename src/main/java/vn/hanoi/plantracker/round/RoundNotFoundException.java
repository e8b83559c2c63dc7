package vn.hanoi.plantracker.round;

import vn.hanoi.plantracker.system.NotFoundException;

/**
 * No such round, report or file — or one the user may not see, which gets the same
 * answer.
 */
class RoundNotFoundException extends NotFoundException {

	public RoundNotFoundException(String what, Object id) {
		super(what, id);
	}

}
