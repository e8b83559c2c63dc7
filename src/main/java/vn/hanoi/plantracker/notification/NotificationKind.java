package vn.hanoi.plantracker.notification;

/** What a notification is about. */
public enum NotificationKind {

	REMINDER, RETURNED, ACCEPTED, DIGEST, DEADLINE_CHANGED, EXTENSION_REFUSED

}
