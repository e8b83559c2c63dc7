package vn.hanoi.plantracker.dashboard.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.plantracker.dashboard.LeadershipAttention;
import vn.hanoi.plantracker.system.Pager;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.CityWide;

/**
 * The "needs leadership attention" list, for the leadership (the city's) and the
 * coordinator (the plans their agency runs), a page of agencies at a time.
 */
@Controller
@CityWide
class AttentionController {

	private final LeadershipAttention attention;

	AttentionController(LeadershipAttention attention) {
		this.attention = attention;
	}

	@GetMapping("/coordinator/attention")
	String show(@AuthenticationPrincipal PlanUser user, @RequestParam(defaultValue = "1") int page, Model model) {
		// a coordinator's: of the plans their agency runs, as their escalation notices
		var rows = this.attention.rows(user);
		model.addAttribute("rows", rows);
		model.addAttribute("pager", Pager.of(rows, page));
		model.addAttribute("escalationDays", LeadershipAttention.ESCALATION_DAYS);
		model.addAttribute("ownPlans", this.attention.onlyCoordinatedPlans(user));
		return "dashboard/attention";
	}

}
