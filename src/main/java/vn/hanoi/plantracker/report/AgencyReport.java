package vn.hanoi.plantracker.report;

import java.util.List;
import java.util.Map;

import vn.hanoi.plantracker.assignment.AssignmentStatus;

/**
 * One agency's assignments, grouped by their status at the as-of date, with its counts.
 */
public record AgencyReport(ReportFilter filter, PlanHeading plan, DepartmentRow agency,
		Map<AssignmentStatus, List<AssignmentLine>> byStatus) {

}
