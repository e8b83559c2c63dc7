package vn.hanoi.plantracker.plan;

/** The plan was saved by someone else after this form was opened; nothing was written. */
public class StalePlanException extends RuntimeException {

	public StalePlanException(long planId) {
		super("Plan " + planId + " was changed by someone else");
	}

}
