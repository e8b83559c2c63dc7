package vn.hanoi.plantracker.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hanoi.plantracker.dashboard.LeadershipAttention;

/** The "needs leadership attention" list, for the leadership and the coordinator. */
@Controller
class AttentionController {

	private final LeadershipAttention attention;

	AttentionController(LeadershipAttention attention) {
		this.attention = attention;
	}

	@GetMapping("/coordinator/attention")
	String show(Model model) {
		model.addAttribute("rows", this.attention.rows());
		model.addAttribute("escalationDays", LeadershipAttention.ESCALATION_DAYS);
		return "dashboard/attention";
	}

}
