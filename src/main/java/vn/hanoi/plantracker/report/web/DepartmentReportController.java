package vn.hanoi.plantracker.report.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.report.ReaderOfAgencyReport;
import vn.hanoi.plantracker.report.AgencyReport;
import vn.hanoi.plantracker.report.DepartmentReport;
import vn.hanoi.plantracker.report.DepartmentSort;
import vn.hanoi.plantracker.plan.PlanChoice;
import vn.hanoi.plantracker.report.ReportCache;
import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.report.ReportOutline;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.system.Pager;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.AnyRole;

/**
 * Department progress: every agency's counts (an officer: its own agency's row only), and
 * each agency's assignments by status.
 */
@Controller
@AnyRole
class DepartmentReportController {

	private final Reports reports;

	private final Today today;

	private final ReportCache cache;

	private final PlanChoice plans;

	DepartmentReportController(Reports reports, Today today, ReportCache cache, PlanChoice plans) {
		this.plans = plans;
		this.reports = reports;
		this.cache = cache;
		this.today = today;
	}

	@GetMapping("/reports/departments")
	String list(@AuthenticationPrincipal PlanUser user, ReportRequest request,
			@RequestParam(defaultValue = "NAME") DepartmentSort sort,
			@RequestParam(defaultValue = "false") boolean desc, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest http, Model model) {
		long plan = this.plans.choose(request.plan(), http, false);
		ReportFilter filter = request.withPlan(plan).toFilter(this.reports, this.today.date());
		model.addAttribute("today", this.today.date());
		DepartmentReport report = this.cache.departments(user, filter, sort, desc);
		model.addAttribute("report", report);
		// the city's agencies a page at a time; the totals stay those of every agency
		model.addAttribute("pager", Pager.of(report.rows(), page));
		// the section's data: the plan's work (SectionCache)
		model.addAttribute("dataScope", DataVersion.Scope.plan(filter.planId()));
		model.addAttribute("sort", sort);
		model.addAttribute("desc", desc);
		common(filter, model);
		return "reports/departments";
	}

	@GetMapping("/reports/departments/{agencyId}")
	@ReaderOfAgencyReport
	String agency(@AuthenticationPrincipal PlanUser user, @PathVariable long agencyId, ReportRequest request,
			HttpServletRequest http, Model model) {
		long plan = this.plans.choose(request.plan(), http, false);
		ReportFilter filter = request.withPlan(plan).toFilter(this.reports, this.today.date());
		AgencyReport report = this.cache.agency(user, agencyId, filter);
		model.addAttribute("report", report);
		// the section's data: this agency's work (SectionCache): another agency's save
		// leaves it cached
		model.addAttribute("dataScope", DataVersion.Scope.agency(agencyId));
		model.addAttribute("sections", StatusSection.of(report.byMetric(), agencyId, filter));
		common(filter, model);
		return "reports/agency";
	}

	private void common(ReportFilter filter, Model model) {
		// heading, filter choices and provisional marks: one statement
		ReportOutline outline = this.reports.outline(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("plan", outline.plan());
		model.addAttribute("areas", outline.areas());
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("rag", this.reports.thresholds());
		model.addAttribute("provisional", outline.provisional());
		model.addAttribute("today", this.today.date());
		model.addAttribute("planOptions", this.plans.plans());
	}

}
