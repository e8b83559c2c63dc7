package vn.hanoi.plantracker.dashboard;

import java.util.List;

/**
 * What the dashboard page shows: the top numbers, one page of agency groups, and the
 * choices of the agency and key-area filters.
 */
public record DashboardView(DashboardCounts counts, DashboardPage page, List<Option> agencies, List<Option> areas) {

}
