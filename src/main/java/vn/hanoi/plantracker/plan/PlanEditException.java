package vn.hanoi.plantracker.plan;

import vn.hanoi.plantracker.system.ChangeRefusedException;

/**
 * A plan heading or a plan change that cannot be saved: a message key and its arguments
 * for the page. Nothing was saved.
 */
public class PlanEditException extends ChangeRefusedException {

	public PlanEditException(String code, Object... args) {
		super(code, args);
	}

}
