package vn.hanoi.plantracker.notification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hanoi.plantracker.notification.NeedsYou;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.SignedIn;

/** What waits on the signed-in user, whatever the role ("Việc cần bạn xử lý"). */
@Controller
@SignedIn
class NeedsYouController {

	private final NeedsYou needsYou;

	NeedsYouController(NeedsYou needsYou) {
		this.needsYou = needsYou;
	}

	@GetMapping("/needs-you")
	String show(@AuthenticationPrincipal PlanUser user, Model model) {
		model.addAttribute("kinds", this.needsYou.of(user));
		return "notifications/needs-you";
	}

}
