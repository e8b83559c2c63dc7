package vn.hanoi.plantracker.plan;

import vn.hanoi.plantracker.system.NotFoundException;

public class TaskNotFoundException extends NotFoundException {

	public TaskNotFoundException(Object id) {
		super("Task", id);
	}

}
