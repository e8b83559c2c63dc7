package vn.hanoi.plantracker.plan;

import vn.hanoi.plantracker.system.NotFoundException;

public class PlanNotFoundException extends NotFoundException {

	public PlanNotFoundException(Object id) {
		super("Plan", id);
	}

}
