package vn.hanoi.plantracker.report.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.plantracker.plan.PlanChoice;
import vn.hanoi.plantracker.report.DepartmentSort;
import vn.hanoi.plantracker.report.ReportExports;
import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.AnyRole;
import vn.hanoi.plantracker.system.access.CityWide;

/**
 * The reports as Excel, Word and PDF files, with the access rules, filters and as-of date
 * of the pages they come from.
 */
@Controller
class ReportExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final Reports reports;

	private final ReportExports exports;

	private final Today today;

	private final PlanChoice plans;

	ReportExportController(Reports reports, ReportExports exports, Today today, PlanChoice plans) {
		this.plans = plans;
		this.reports = reports;
		this.exports = exports;
		this.today = today;
	}

	@GetMapping("/reports/departments.xlsx")
	@AnyRole
	ResponseEntity<byte[]> departments(@AuthenticationPrincipal PlanUser user, ReportRequest request,
			HttpServletRequest http, @RequestParam(defaultValue = "NAME") DepartmentSort sort,
			@RequestParam(defaultValue = "false") boolean desc, Locale locale) {
		ReportFilter filter = request.withPlan(this.plans.choose(request.plan(), http, false))
			.toFilter(this.reports, this.today.date());
		return file(this.exports.departmentsXlsx(user, filter, sort, desc, locale), XLSX,
				"department-progress-" + filter.asOf() + ".xlsx");
	}

	@GetMapping("/reports/summary.xlsx")
	@CityWide
	ResponseEntity<byte[]> summaryXlsx(ReportRequest request, HttpServletRequest http, Locale locale) {
		ReportFilter filter = request.withPlan(this.plans.choose(request.plan(), http, false))
			.toFilter(this.reports, this.today.date());
		return file(this.exports.summaryXlsx(filter, locale), XLSX, "summary-" + filter.asOf() + ".xlsx");
	}

	@GetMapping("/reports/summary.pdf")
	@CityWide
	ResponseEntity<byte[]> summaryPdf(ReportRequest request, HttpServletRequest http, Locale locale) {
		ReportFilter filter = request.withPlan(this.plans.choose(request.plan(), http, false))
			.toFilter(this.reports, this.today.date());
		return file(this.exports.summaryPdf(filter, locale, this.today.now()), MediaType.APPLICATION_PDF,
				"summary-" + filter.asOf() + ".pdf");
	}

	@GetMapping("/reports/plan-annex.docx")
	@CityWide
	void planAnnex(ReportRequest request, HttpServletRequest http, Locale locale, HttpServletResponse response)
			throws IOException {
		ReportFilter filter = request.withPlan(this.plans.choose(request.plan(), http, false))
			.toFilter(this.reports, this.today.date());
		// streamed: the annex of a national plan is written as its rows are read, never
		// held whole in memory
		response.setContentType(DOCX.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("plan-annex-" + filter.asOf() + ".docx"));
		this.exports.planAnnexDocx(filter, locale, response.getOutputStream());
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(name))
			.body(content);
	}

	private static String attachment(String name) {
		return ContentDisposition.attachment().filename(name).build().toString();
	}

}
