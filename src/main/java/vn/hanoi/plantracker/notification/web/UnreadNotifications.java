package vn.hanoi.plantracker.notification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

import vn.hanoi.plantracker.notification.Notifications;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * The unread count on the bell in the navigation, for every role: one COUNT per page
 * rendered, read when the page shows it (lazily: a form saved and redirected, or a page
 * whose navigation comes from the section cache with the same count, reads it only if it
 * is shown).
 */
@ControllerAdvice
class UnreadNotifications {

	private final Notifications notifications;

	UnreadNotifications(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	LazyContextVariable<Long> unreadNotifications(@AuthenticationPrincipal PlanUser user) {
		return new LazyContextVariable<>() {

			@Override
			protected Long loadValue() {
				return (user != null) ? UnreadNotifications.this.notifications.unreadCount(user.getId()) : null;
			}

		};
	}

}
