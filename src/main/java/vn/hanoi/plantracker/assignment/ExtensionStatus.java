package vn.hanoi.plantracker.assignment;

/** Where a deadline extension request stands. */
enum ExtensionStatus {

	PENDING, APPROVED, REFUSED

}
