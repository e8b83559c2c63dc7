package vn.hanoi.plantracker.assignment;

/** What a history entry records. */
public enum UpdateKind {

	PROGRESS, SUBMIT, ACCEPT, RETURN, REMINDER, DEADLINE_CHANGE, CLOSE

}
