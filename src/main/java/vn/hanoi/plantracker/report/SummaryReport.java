package vn.hanoi.plantracker.report;

import java.util.List;

import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.standing.Counts;

/**
 * The leadership summary of one plan as of a day: the city's own work (total, areas,
 * rankings of every agency with work due, oldest overdue, months, what falls due next)
 * and, apart, the requested bodies' total. {@code upcoming} is the first page of the
 * {@link Metric#DUE_SOON} list; {@code total.dueSoon()} says how many there are.
 */
public record SummaryReport(ReportFilter filter, PlanHeading plan, Counts total, RagRating totalRag,
		List<AreaProgress> areas, List<DepartmentRow> best, List<DepartmentRow> worst, AssignmentLine oldestOverdue,
		List<MonthCount> months, List<AssignmentLine> upcoming, Counts requestedTotal) {

	public static final int UPCOMING_DAYS = Metric.DUE_SOON_DAYS;

	/** How many rows of the upcoming list the summary and its exports hold. */
	public static final int UPCOMING_SHOWN = 100;

	/**
	 * How many of them the summary page itself lists (the exports list
	 * {@link #UPCOMING_SHOWN}); the rest are one "see all" link away, so the page stays a
	 * few screens tall on a phone.
	 */
	public static final int UPCOMING_ON_PAGE = 10;

	public boolean upcomingCut() {
		return this.total.dueSoon() > this.upcoming.size();
	}

}
