package vn.hanoi.plantracker.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import vn.hanoi.plantracker.report.AssignmentLine;
import vn.hanoi.plantracker.report.DrillDown;
import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.standing.Metric;

/**
 * One metric of the agency page (on time, late, awaiting review, overdue…): its count,
 * its first {@value #SHOWN} assignments (so the page stays small whatever the agency's
 * volume) and, when there are more, the link to all of them: the paged drill-down of the
 * same metric, agency, filters and as-of day, which lists them in the same order.
 */
record StatusSection(Metric status, int total, List<AssignmentLine> lines, String allUrl) {

	/** Rows shown per metric. */
	static final int SHOWN = 10;

	static List<StatusSection> of(Map<Metric, List<AssignmentLine>> byStatus, long agencyId, ReportFilter filter) {
		List<StatusSection> sections = new ArrayList<>();
		byStatus.forEach((status, lines) -> sections
			.add(new StatusSection(status, lines.size(), lines.subList(0, Math.min(lines.size(), SHOWN)),
					(lines.size() > SHOWN) ? allUrl(agencyId, filter, status) : null)));
		return sections;
	}

	/**
	 * The drill-down behind the section: the same link as the section's count (the city's
	 * work and the requested bodies', this agency, the page's filters and as-of day).
	 */
	private static String allUrl(long agencyId, ReportFilter filter, Metric status) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reports/assignments")
			.queryParam("plan", filter.planId());
		if (filter.kind() != null) {
			uri.queryParam("kind", filter.kind());
		}
		if (filter.areaId() != null) {
			uri.queryParam("area", filter.areaId());
		}
		return uri.queryParam("asOf", filter.asOf())
			.queryParam("metric", status)
			.queryParam("scope", DrillDown.Scope.ALL)
			.queryParam("agency", agencyId)
			.build()
			.encode()
			.toUriString();
	}

}
