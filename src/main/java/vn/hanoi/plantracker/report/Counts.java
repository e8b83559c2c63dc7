package vn.hanoi.plantracker.report;

/**
 * Assignments counted by where they stand at the as-of date, for an agency, a key area or
 * the whole selection. Completed on time and late split the completed ones; overdue
 * counts open work past its due date, whatever its status. Extended counts assignments
 * whose due date is no longer the original one (an approved extension or a coordinator's
 * change).
 */
public record Counts(long total, long notStarted, long inProgress, long submitted, long returned, long completedOnTime,
		long completedLate, long overdue, long maxDaysOverdue, long extended) {

	public long completed() {
		return this.completedOnTime + this.completedLate;
	}

	/** Completed as a whole percentage of all, or null when there is nothing to count. */
	public Integer completionPercent() {
		return percent(completed(), this.total);
	}

	/** Completed on time as a percentage of all completed; null before any completion. */
	public Integer onTimeRate() {
		return percent(this.completedOnTime, completed());
	}

	public Integer onTimePercent() {
		return percent(this.completedOnTime, this.total);
	}

	public Integer latePercent() {
		return percent(this.completedLate, this.total);
	}

	public RagRating rag(RagThresholds thresholds) {
		return thresholds.rate(this.overdue, this.maxDaysOverdue, onTimeRate());
	}

	static Integer percent(long part, long whole) {
		return (whole == 0) ? null : (int) Math.round(100.0 * part / whole);
	}

}
