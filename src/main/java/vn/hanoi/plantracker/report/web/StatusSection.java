package vn.hanoi.plantracker.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import vn.hanoi.plantracker.report.AssignmentLine;
import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.system.Metric;

/**
 * One metric of the agency page (on time, late, awaiting review, overdue…): its
 * assignments a page of {@value #PAGE_SIZE} at a time (so the page stays small whatever
 * the agency's volume), with the links to the pages before and after (null when there is
 * none).
 */
record StatusSection(Metric status, int total, int from, List<AssignmentLine> lines, String previousUrl,
		String nextUrl) {

	static final int PAGE_SIZE = 50;

	/**
	 * The sections of the page: {@code shown} from {@code from}, every other from its
	 * first line.
	 */
	static List<StatusSection> of(Map<Metric, List<AssignmentLine>> byStatus, long agencyId, ReportFilter filter,
			Metric shown, int from) {
		List<StatusSection> sections = new ArrayList<>();
		byStatus.forEach((status, lines) -> {
			int start = (status == shown) ? Math.max(0, Math.min(from, lines.size() - 1)) : 0;
			int end = Math.min(lines.size(), start + PAGE_SIZE);
			sections.add(new StatusSection(status, lines.size(), start, lines.subList(start, end),
					(start > 0) ? url(agencyId, filter, status, Math.max(0, start - PAGE_SIZE)) : null,
					(end < lines.size()) ? url(agencyId, filter, status, end) : null));
		});
		return sections;
	}

	private static String url(long agencyId, ReportFilter filter, Metric status, int from) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reports/departments/" + agencyId)
			.queryParam("plan", filter.planId());
		if (filter.kind() != null) {
			uri.queryParam("kind", filter.kind());
		}
		if (filter.areaId() != null) {
			uri.queryParam("area", filter.areaId());
		}
		return uri.queryParam("asOf", filter.asOf())
			.queryParam("section", status)
			.queryParam("from", from)
			.fragment("metric-" + status)
			.build()
			.encode()
			.toUriString();
	}

}
