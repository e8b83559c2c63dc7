package vn.hanoi.plantracker.notification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.hanoi.plantracker.notification.Notifications;
import vn.hanoi.plantracker.user.PlanUser;

/** The unread count on the bell in the navigation, for every role: one COUNT per page. */
@ControllerAdvice
class UnreadNotifications {

	private final Notifications notifications;

	UnreadNotifications(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	Long unreadNotifications(@AuthenticationPrincipal PlanUser user) {
		return (user != null) ? this.notifications.unreadCount(user.getId()) : null;
	}

}
