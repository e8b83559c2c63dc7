package vn.hanoi.plantracker.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.dashboard.Ageing;
import vn.hanoi.plantracker.dashboard.DashboardFilter;
import vn.hanoi.plantracker.dashboard.DashboardView;
import vn.hanoi.plantracker.dashboard.OverdueDashboard;
import vn.hanoi.plantracker.dashboard.RowKey;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.plan.PlanChoice;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.ProvisionalTasks;
import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.access.CityWide;

/**
 * The coordinator's overdue and due-soon dashboard; LEADER sees it without the action
 * controls (the URL rule admits COORDINATOR, ADMIN and LEADER). The page lists agency
 * groups with their counts; a group's rows come when it is opened: into the page (htmx,
 * {@code /coordinator/overdue/group/{id}}) or, without script, with the page itself
 * ({@code open=id}), {@value OverdueDashboard#ROWS_PER_PAGE} rows at a time.
 */
@Controller
@CityWide
class OverdueDashboardController {

	private final OverdueDashboard dashboard;

	private final PlanQueries plans;

	private final Today today;

	private final PlanChoice choice;

	OverdueDashboardController(OverdueDashboard dashboard, PlanQueries plans, Today today, PlanChoice choice) {
		this.choice = choice;
		this.dashboard = dashboard;
		this.plans = plans;
		this.today = today;
	}

	@GetMapping("/coordinator/overdue")
	String show(@ModelAttribute("filter") DashboardFilter requested, @RequestParam(required = false) Long open,
			@RequestParam(required = false) String after, HttpServletRequest http, Model model) {
		long plan = this.choice.choose(requested.plan(), http, true);
		DashboardFilter filter = (requested.plan() == null) ? requested.withPlan(plan) : requested;
		model.addAttribute("filter", filter);
		model.addAttribute("planOptions", this.choice.plans());
		DashboardView view = this.dashboard.view(filter, open, RowKey.parse(after));
		if (view.page().page() > view.page().totalPages()) {
			// a page past the end (an old link, an edited URL) goes to the last page
			return "redirect:" + filter.pageUrl(view.page().totalPages());
		}
		model.addAttribute("counts", view.counts());
		model.addAttribute("page", view.page());
		model.addAttribute("provisional", provisional());
		model.addAttribute("dueSoonDays", this.dashboard.dueSoonDays());
		model.addAttribute("agencies", view.agencies());
		model.addAttribute("areas", view.areas());
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("roles", AgencyRole.values());
		model.addAttribute("ageings", Ageing.values());
		return "dashboard/overdue";
	}

	/** One page of a group's rows, as the fragment the page swaps in. */
	@GetMapping("/coordinator/overdue/group/{agencyId}")
	String group(@ModelAttribute("filter") DashboardFilter filter, @PathVariable long agencyId,
			@RequestParam(required = false) String after, Model model) {
		model.addAttribute("rows", this.dashboard.rows(filter, agencyId, RowKey.parse(after)));
		model.addAttribute("provisional", provisional());
		return "dashboard/group-rows :: rows";
	}

	private ProvisionalTasks provisional() {
		return this.plans.provisionalTasks(null, null, Deadlines.endOf(this.today.date()));
	}

}
