package vn.hanoi.plantracker.assignment;

/**
 * What a change of the feed records: an assignment that came into being
 * ({@link #ASSIGNED}: a plan published, an agency added to a task, a recurring task's
 * next period), or one of its history entries ({@link UpdateKind}: a withdrawn assignment
 * is a {@link #CLOSE}).
 */
public enum ChangeKind {

	ASSIGNED, PROGRESS, SUBMIT, ACCEPT, RETURN, REMINDER, DEADLINE_CHANGE, CLOSE

}
