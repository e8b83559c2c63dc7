package vn.hanoi.plantracker.assignment;

import vn.hanoi.plantracker.system.ChangeRefusedException;

/**
 * A change the workflow does not allow (a refused transition, a submission without a
 * note...). Carries a message key and arguments so that the page can say, in the user's
 * language, what to do instead.
 */
public class WorkflowException extends ChangeRefusedException {

	public WorkflowException(String code, Object... args) {
		super(code, args);
	}

}
