package vn.hanoi.plantracker.report;

import java.util.List;

/** The leadership summary of one plan as of a day. */
public record SummaryReport(ReportFilter filter, PlanHeading plan, Counts total, RagRating totalRag,
		List<AreaProgress> areas, List<DepartmentRow> best, List<DepartmentRow> worst, AssignmentLine oldestOverdue,
		List<MonthCount> months, List<AssignmentLine> upcoming) {

	public static final int UPCOMING_DAYS = 30;

}
