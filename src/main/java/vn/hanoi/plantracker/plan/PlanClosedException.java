package vn.hanoi.plantracker.plan;

/**
 * A change to the work of a closed plan: refused, nothing saved. Its message key names
 * the plan for the page.
 */
public class PlanClosedException extends PlanEditException {

	public PlanClosedException(String number) {
		super("plans.closed", number);
	}

}
