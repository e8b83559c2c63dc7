package vn.hanoi.plantracker.report;

import java.util.List;
import java.util.Map;

import vn.hanoi.plantracker.standing.Metric;

/**
 * One agency's assignments, grouped by their metric at the as-of date (in the order of
 * {@link Metric#EXCLUSIVE}), with its counts.
 */
public record AgencyReport(ReportFilter filter, PlanHeading plan, DepartmentRow agency,
		Map<Metric, List<AssignmentLine>> byMetric) {

}
