package vn.hanoi.plantracker.plan;

/**
 * An annex file or a plan heading that cannot be imported: a message key and its
 * arguments, for the import page. Nothing was saved.
 */
public class PlanImportException extends PlanEditException {

	public PlanImportException(String code, Object... args) {
		super(code, args);
	}

}
