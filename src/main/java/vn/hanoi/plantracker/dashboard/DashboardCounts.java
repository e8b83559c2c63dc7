package vn.hanoi.plantracker.dashboard;

/**
 * The numbers at the top of the dashboard. {@code overdue} is the city's own overdue work
 * (the summary's figure for today); {@code requestedOverdue} is the requested bodies',
 * shown apart. {@code dueSoFar} is the city's due set today: the base of the on-time
 * share.
 */
public record DashboardCounts(long overdue, long dueSoon, long submitted, long returned, long completedOnTime,
		long dueSoFar, long requestedOverdue) {

	/** Whole percent completed on time so far, or null when nothing is due yet. */
	public Long onTimePercent() {
		return (this.dueSoFar == 0) ? null : Math.round(100.0 * this.completedOnTime / this.dueSoFar);
	}

}
