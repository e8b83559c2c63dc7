package vn.hanoi.plantracker.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.dashboard.Ageing;
import vn.hanoi.plantracker.dashboard.DashboardFilter;
import vn.hanoi.plantracker.dashboard.OverdueDashboard;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.system.Deadlines;
import vn.hanoi.plantracker.system.Today;

/**
 * The coordinator's overdue and due-soon dashboard; LEADER sees it without the action
 * controls (the URL rule admits COORDINATOR, ADMIN and LEADER).
 */
@Controller
class OverdueDashboardController {

	private final OverdueDashboard dashboard;

	private final PlanQueries plans;

	private final Today today;

	OverdueDashboardController(OverdueDashboard dashboard, PlanQueries plans, Today today) {
		this.dashboard = dashboard;
		this.plans = plans;
		this.today = today;
	}

	@GetMapping("/coordinator/overdue")
	String show(@ModelAttribute("filter") DashboardFilter filter, Model model) {
		model.addAttribute("counts", this.dashboard.counts(filter));
		model.addAttribute("provisional", this.plans.provisionalTasks(null, null, Deadlines.endOf(this.today.date())));
		model.addAttribute("page", this.dashboard.page(filter));
		model.addAttribute("dueSoonDays", this.dashboard.dueSoonDays());
		model.addAttribute("agencies", this.dashboard.agencies());
		model.addAttribute("areas", this.dashboard.areas());
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("roles", AgencyRole.values());
		model.addAttribute("ageings", Ageing.values());
		return "dashboard/overdue";
	}

}
