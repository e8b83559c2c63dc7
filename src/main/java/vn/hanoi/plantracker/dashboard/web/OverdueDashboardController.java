package vn.hanoi.plantracker.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.dashboard.Ageing;
import vn.hanoi.plantracker.dashboard.DashboardFilter;
import vn.hanoi.plantracker.dashboard.DashboardPage;
import vn.hanoi.plantracker.dashboard.OverdueDashboard;
import vn.hanoi.plantracker.plan.AgencyRole;

/**
 * The coordinator's overdue and due-soon dashboard; LEADER sees it without the action
 * controls (the URL rule admits COORDINATOR, ADMIN and LEADER).
 */
@Controller
class OverdueDashboardController {

	private final OverdueDashboard dashboard;

	OverdueDashboardController(OverdueDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/coordinator/overdue")
	String show(@ModelAttribute("filter") DashboardFilter filter, Model model) {
		DashboardPage page = this.dashboard.page(filter);
		if (page.page() > page.totalPages()) {
			// a page past the end (an old link, an edited URL) goes to the last page
			return "redirect:" + filter.pageUrl(page.totalPages());
		}
		model.addAttribute("counts", this.dashboard.counts(filter));
		model.addAttribute("page", page);
		model.addAttribute("dueSoonDays", this.dashboard.dueSoonDays());
		model.addAttribute("agencies", this.dashboard.agencies());
		model.addAttribute("areas", this.dashboard.areas());
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("roles", AgencyRole.values());
		model.addAttribute("ageings", Ageing.values());
		return "dashboard/overdue";
	}

}
