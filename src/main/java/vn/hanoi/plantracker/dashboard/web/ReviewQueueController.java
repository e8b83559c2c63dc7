package vn.hanoi.plantracker.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.plantracker.dashboard.OverdueDashboard;
import vn.hanoi.plantracker.dashboard.ReviewQueue;

/**
 * Submitted work waiting for the coordinator, oldest first; decisions post to the
 * assignment's accept and return endpoints and come back here.
 */
@Controller
class ReviewQueueController {

	private final ReviewQueue queue;

	private final OverdueDashboard dashboard;

	ReviewQueueController(ReviewQueue queue, OverdueDashboard dashboard) {
		this.queue = queue;
		this.dashboard = dashboard;
	}

	@GetMapping("/coordinator/review")
	String show(@RequestParam(required = false) Long agency, Model model) {
		model.addAttribute("items", this.queue.items(agency));
		model.addAttribute("agency", agency);
		model.addAttribute("agencies", this.dashboard.agencies());
		return "dashboard/review";
	}

}
