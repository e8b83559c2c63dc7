package vn.hanoi.plantracker.notification;

/** What a notification is about. */
public enum NotificationKind {

	REMINDER, RETURNED, ACCEPTED, DIGEST, DEADLINE_CHANGED, EXTENSION_REFUSED, ROUND_REMINDER, ROUND_RETURNED,
	ROUND_ACCEPTED, ROUND_ESCALATED,

	/** To coordinators: an agency sent work for review. */
	SUBMITTED,

	/** To coordinators: an agency asked for a later due date. */
	EXTENSION_REQUESTED,

	/**
	 * To coordinators and leaders, once a day: agencies with work overdue by more than
	 * the escalation threshold.
	 */
	ESCALATION,

	/** To coordinators: an agency sent its round report for review. */
	ROUND_SUBMITTED,

	/** To leaders: a draft consolidated report awaits their approval. */
	ROUND_DRAFTED,

	/** To coordinators: leadership approved the consolidated report. */
	ROUND_APPROVED;

	/** About a reporting round rather than one assignment. */
	public boolean aboutRound() {
		return name().startsWith("ROUND_");
	}

}
