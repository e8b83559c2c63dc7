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
	 * Notifications a page: each is a sentence or two with its detail, a date, a link and
	 * a button, several lines on a phone; 20 of a leader's (round and consolidated-report
	 * notices) made a page of 10,000 px at 390 px, over the 8,000 px budget.
	 */
	static final int PAGE_SIZE = 10;

	/**
	 * The user's notifications, {@value #PAGE_SIZE} a page: unread first, then newest
	 * first.
	 */
	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal PlanUser user, @RequestParam(name = "page", defaultValue = "1") int page,
			Model model) {
		int total = this.notifications.count(user.getId());
		int current = Pager.pageWithin(page, total, PAGE_SIZE);
		Pager<NotificationView> pager = Pager
			.of(this.notifications.page(user.getId(), (current - 1) * PAGE_SIZE, PAGE_SIZE), current, total, PAGE_SIZE);
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
