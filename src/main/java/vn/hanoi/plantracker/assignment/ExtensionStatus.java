package vn.hanoi.plantracker.assignment;

/** Where a deadline extension request stands. */
public enum ExtensionStatus {

	PENDING, APPROVED, REFUSED

}
