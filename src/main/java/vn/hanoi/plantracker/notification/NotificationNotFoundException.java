package vn.hanoi.plantracker.notification;

import vn.hanoi.plantracker.system.NotFoundException;

/** No such notification for this user: someone else's is as good as missing. */
class NotificationNotFoundException extends NotFoundException {

	NotificationNotFoundException(long id) {
		super("Notification", id);
	}

}
