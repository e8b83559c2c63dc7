package vn.hanoi.plantracker.report.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.plan.PlanChoice;
import vn.hanoi.plantracker.report.DrillDown;
import vn.hanoi.plantracker.report.ReportExports;
import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.AnyRole;

/**
 * The list behind every figure of the reports: same filters and as-of day, a
 * {@code metric}, a {@code scope} and optionally an agency; paged, and as xlsx whole.
 */
@Controller
@AnyRole
class DrillDownController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Reports reports;

	private final ReportExports exports;

	private final Today today;

	private final PlanChoice plans;

	DrillDownController(Reports reports, ReportExports exports, Today today, PlanChoice plans) {
		this.plans = plans;
		this.reports = reports;
		this.exports = exports;
		this.today = today;
	}

	@GetMapping("/reports/assignments")
	String list(@AuthenticationPrincipal PlanUser user, ReportRequest request, HttpServletRequest http,
			@RequestParam(defaultValue = "TOTAL") Metric metric,
			@RequestParam(defaultValue = "CITY") DrillDown.Scope scope, @RequestParam(required = false) Long agency,
			@RequestParam(defaultValue = "1") int page, Model model) {
		ReportFilter filter = request.withPlan(this.plans.choose(request.plan(), http, false))
			.toFilter(this.reports, this.today.date());
		model.addAttribute("drill", this.reports.drill(user, filter, metric, scope, agency, page));
		model.addAttribute("filter", filter);
		model.addAttribute("plan", this.reports.plan(filter));
		return "reports/assignments";
	}

	@GetMapping("/reports/assignments.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal PlanUser user, ReportRequest request, HttpServletRequest http,
			@RequestParam(defaultValue = "TOTAL") Metric metric,
			@RequestParam(defaultValue = "CITY") DrillDown.Scope scope, @RequestParam(required = false) Long agency,
			Locale locale) {
		ReportFilter filter = request.withPlan(this.plans.choose(request.plan(), http, false))
			.toFilter(this.reports, this.today.date());
		byte[] content = this.exports.drillXlsx(user, filter, metric, scope, agency, locale);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("assignments-" + metric.name().toLowerCase(Locale.ROOT) + "-" + filter.asOf() + ".xlsx")
				.build()
				.toString())
			.body(content);
	}

}
