package vn.hanoi.plantracker.dashboard;

/**
 * The numbers at the top of the dashboard. {@code completedOnTime} and {@code dueSoFar}
 * are the reports' on time and due set (see {@code Metric}) of the city's own work as of
 * today: their ratio is the on-time rate every report shows.
 */
public record DashboardCounts(long overdue, long dueSoon, long submitted, long returned, long completedOnTime,
		long dueSoFar) {

	/** Whole percent completed on time so far, or null when nothing is due yet. */
	public Long onTimePercent() {
		return (this.dueSoFar == 0) ? null : Math.round(100.0 * this.completedOnTime / this.dueSoFar);
	}

}
