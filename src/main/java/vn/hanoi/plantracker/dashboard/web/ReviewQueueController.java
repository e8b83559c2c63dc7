package vn.hanoi.plantracker.dashboard.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.hanoi.plantracker.dashboard.OverdueDashboard;
import vn.hanoi.plantracker.dashboard.ReviewPage;
import vn.hanoi.plantracker.dashboard.ReviewQueue;
import vn.hanoi.plantracker.system.access.CoordinatorOrAdmin;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * Submitted work waiting for the coordinator, oldest first, a page at a time; decisions
 * post to the assignment's accept and return endpoints and come back here.
 */
@Controller
@CoordinatorOrAdmin
class ReviewQueueController {

	private final ReviewQueue queue;

	private final OverdueDashboard dashboard;

	ReviewQueueController(ReviewQueue queue, OverdueDashboard dashboard) {
		this.queue = queue;
		this.dashboard = dashboard;
	}

	@GetMapping("/coordinator/review")
	String show(@AuthenticationPrincipal PlanUser user, @RequestParam(required = false) Long agency,
			@RequestParam(defaultValue = "1") int page, Model model) {
		ReviewPage queuePage = this.queue.page(user, agency, page);
		model.addAttribute("queue", queuePage);
		model.addAttribute("items", queuePage.items());
		model.addAttribute("agency", agency);
		model.addAttribute("agencies", this.dashboard.agencies());
		model.addAttribute("previousUrl", pageUrl(agency, queuePage.page() - 1));
		model.addAttribute("nextUrl", pageUrl(agency, queuePage.page() + 1));
		return "dashboard/review";
	}

	private static String pageUrl(Long agency, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/coordinator/review");
		if (agency != null) {
			uri.queryParam("agency", agency);
		}
		return uri.queryParam("page", page).build().toUriString();
	}

}
