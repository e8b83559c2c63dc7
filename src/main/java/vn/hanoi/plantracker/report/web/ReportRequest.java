package vn.hanoi.plantracker.report.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.report.Reports;

/**
 * The filter parameters every report page and export takes from its URL. An as-of date in
 * the future means today: the future has no history yet.
 */
record ReportRequest(Long plan, AgencyKind kind, Long area,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** The same request for the plan chosen ({@code PlanChoice}). */
	ReportRequest withPlan(long chosen) {
		return new ReportRequest(chosen, this.kind, this.area, this.asOf);
	}

	ReportFilter toFilter(Reports reports, LocalDate today) {
		LocalDate day = (this.asOf == null || this.asOf.isAfter(today)) ? today : this.asOf;
		// before any plan existed nothing can be counted; an absurd year must not reach
		// the database
		day = day.isBefore(EARLIEST) ? EARLIEST : day;
		return reports.filter(this.plan, this.kind, this.area, day, today);
	}

}
