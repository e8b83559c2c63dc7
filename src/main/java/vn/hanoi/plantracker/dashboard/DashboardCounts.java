package vn.hanoi.plantracker.dashboard;

/**
 * The numbers at the top of the dashboard. {@code dueSoFar} is every assignment whose due
 * date has passed or that is completed: the base of the on-time share.
 */
public record DashboardCounts(long overdue, long dueSoon, long submitted, long returned, long completedOnTime,
		long dueSoFar) {

	/** Whole percent completed on time so far, or null when nothing is due yet. */
	public Long onTimePercent() {
		return (this.dueSoFar == 0) ? null : Math.round(100.0 * this.completedOnTime / this.dueSoFar);
	}

}
