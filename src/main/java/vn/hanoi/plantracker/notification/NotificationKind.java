package vn.hanoi.plantracker.notification;

/** What a notification is about. */
public enum NotificationKind {

	REMINDER, RETURNED, ACCEPTED, DIGEST, DEADLINE_CHANGED, EXTENSION_REFUSED,

	/** To coordinators: an agency sent work for review. */
	SUBMITTED,

	/** To coordinators: an agency asked for a later due date. */
	EXTENSION_REQUESTED,

	/**
	 * To coordinators and leaders, once a day: agencies with work overdue by more than
	 * the escalation threshold.
	 */
	ESCALATION

}
