package vn.hanoi.plantracker.dashboard;

import java.util.List;

/**
 * One page of an agency group's rows: at most {@link OverdueDashboard#ROWS_PER_PAGE},
 * with the key of the next page ({@code next}, null on the last page) and of this one
 * ({@code after}, null on the first).
 */
public record GroupRows(long agencyId, List<DashboardRow> rows, RowKey after, RowKey next) {

	public int pageSize() {
		return OverdueDashboard.ROWS_PER_PAGE;
	}

}
