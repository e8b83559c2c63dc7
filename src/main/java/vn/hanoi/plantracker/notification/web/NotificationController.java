package vn.hanoi.plantracker.notification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.notification.NotificationView;
import vn.hanoi.plantracker.notification.Notifications;
import vn.hanoi.plantracker.system.Pager;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.SignedIn;

/** The signed-in user's own notifications. */
@Controller
@SignedIn
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	/**
	 * The user's notifications, {@value Pager#PAGE_SIZE} a page: unread first, then
	 * newest first.
	 */
	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal PlanUser user, @RequestParam(name = "page", defaultValue = "1") int page,
			Model model) {
		int total = this.notifications.count(user.getId());
		int current = Pager.pageWithin(page, total);
		Pager<NotificationView> pager = Pager.of(
				this.notifications.page(user.getId(), (current - 1) * Pager.PAGE_SIZE, Pager.PAGE_SIZE), current,
				total);
		model.addAttribute("pager", pager);
		model.addAttribute("notifications", pager.rows());
		return "notifications/list";
	}

	/** Opening a notification marks it read and goes where it points. */
	@GetMapping("/notifications/{id}")
	String open(@AuthenticationPrincipal PlanUser user, @PathVariable long id) {
		return "redirect:" + this.notifications.open(user.getId(), id).target();
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@AuthenticationPrincipal PlanUser user, @PathVariable long id) {
		this.notifications.markRead(user.getId(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read-all")
	String markAllRead(@AuthenticationPrincipal PlanUser user, RedirectAttributes redirect) {
		this.notifications.markAllRead(user.getId());
		redirect.addFlashAttribute("success", "notification.allRead");
		return "redirect:/notifications";
	}

}
