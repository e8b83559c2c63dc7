package vn.hanoi.plantracker.notification;

/** What a notification is about. */
public enum NotificationKind {

	REMINDER, RETURNED, ACCEPTED, DIGEST, DEADLINE_CHANGED, EXTENSION_REFUSED, ROUND_REMINDER, ROUND_RETURNED,
	ROUND_ACCEPTED, ROUND_ESCALATED;

	/** About a reporting round rather than one assignment. */
	public boolean aboutRound() {
		return name().startsWith("ROUND_");
	}

}
