package vn.hanoi.plantracker.report.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.dashboard.LeadershipAttention;
import vn.hanoi.plantracker.plan.PlanChoice;
import vn.hanoi.plantracker.report.PlanOverview;
import vn.hanoi.plantracker.report.ReportCache;
import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.report.ReportOutline;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.system.Pager;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.access.CityWide;

/** The leadership summary, as of any past day. */
@Controller
@CityWide
class SummaryReportController {

	private final Reports reports;

	private final Today today;

	private final LeadershipAttention attention;

	private final ReportCache cache;

	private final PlanChoice plans;

	private final PlanOverview overview;

	SummaryReportController(Reports reports, Today today, LeadershipAttention attention, ReportCache cache,
			PlanChoice plans, PlanOverview overview) {
		this.plans = plans;
		this.overview = overview;
		this.reports = reports;
		this.cache = cache;
		this.today = today;
		this.attention = attention;
	}

	@GetMapping("/reports/summary")
	String summary(ReportRequest request, HttpServletRequest http, Model model) {
		long plan = this.plans.choose(request.plan(), http, false);
		ReportFilter filter = request.withPlan(plan).toFilter(this.reports, this.today.date());
		ReportOutline outline = this.reports.outline(filter);
		model.addAttribute("report", this.cache.summary(filter));
		model.addAttribute("filter", filter);
		model.addAttribute("areas", outline.areas());
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("rag", this.reports.thresholds());
		model.addAttribute("provisional", outline.provisional());
		model.addAttribute("today", this.today.date());
		model.addAttribute("planOptions", this.plans.plans());
		List<PlanOverview.Row> allPlans = this.overview.rows(filter.asOf());
		model.addAttribute("allPlans", allPlans);
		// escalation is about now, not about a past day: shown only on today's summary
		if (!filter.asOf().isBefore(this.today.date())) {
			model.addAttribute("attention", this.attention.rows());
		}
		return "reports/summary";
	}

	/**
	 * Every plan's headline figures as of a day, {@value Pager#PAGE_SIZE} plans a page:
	 * the summary links to it (its own page is one plan's).
	 */
	@GetMapping("/reports/plans")
	String plans(
			@RequestParam(name = "asOf",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		LocalDate day = (asOf == null || asOf.isAfter(this.today.date()) || asOf.isBefore(ReportRequest.EARLIEST))
				? this.today.date() : asOf;
		Pager<PlanOverview.Row> pager = Pager.of(this.overview.rows(day), page);
		model.addAttribute("pager", pager);
		model.addAttribute("asOf", day);
		model.addAttribute("today", this.today.date());
		return "reports/plans";
	}

}
