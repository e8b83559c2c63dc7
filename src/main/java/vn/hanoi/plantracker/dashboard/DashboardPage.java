package vn.hanoi.plantracker.dashboard;

import java.util.List;

/** One page of agency groups and how many groups there are in all. */
public record DashboardPage(List<AgencyGroup> groups, long totalGroups, int page, int pageSize) {

	public int totalPages() {
		return (int) Math.max(1, (this.totalGroups + this.pageSize - 1) / this.pageSize);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < totalPages();
	}

}
