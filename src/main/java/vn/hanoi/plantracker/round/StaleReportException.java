package vn.hanoi.plantracker.round;

/**
 * Someone saved the report (or the consolidated text) after this form was opened: the
 * form's version is stale, nothing was saved.
 */
public class StaleReportException extends RuntimeException {

	public StaleReportException(String what) {
		super(what + " was changed by someone else");
	}

}
