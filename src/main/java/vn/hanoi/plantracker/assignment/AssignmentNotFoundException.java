package vn.hanoi.plantracker.assignment;

import vn.hanoi.plantracker.system.NotFoundException;

public class AssignmentNotFoundException extends NotFoundException {

	public AssignmentNotFoundException(Object id) {
		super("Assignment", id);
	}

}
