package vn.hanoi.plantracker.standing;

/**
 * Assignments counted by the definitions of {@link Metric} as of the report's day, for an
 * agency, a key area or the whole selection. {@code due} is the due set; on time, late,
 * awaiting review and overdue split it exactly; done early, in progress on time and not
 * yet due split the rest of the total. Extended counts assignments whose due date as
 * known that day is no longer the original one.
 */
public record Counts(long total, long due, long onTime, long late, long awaitingReview, long overdue, long doneEarly,
		long inProgressOnTime, long notYetDue, long maxDaysOverdue, long extended, long dueSoon) {

	/** Nothing at all. */
	public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	/** Accepted work, due or not. */
	public long completed() {
		return this.onTime + this.late + this.doneEarly;
	}

	/** Not yet due on the day. */
	public long notDue() {
		return this.doneEarly + this.inProgressOnTime + this.notYetDue;
	}

	/** Completed as a whole percentage of all, or null when there is nothing to count. */
	public Integer completionPercent() {
		return percent(completed(), this.total);
	}

	/** On time as a percentage of the due set; null when nothing is due. */
	public Integer onTimeRate() {
		return Metric.onTimeRate(this.onTime, this.due);
	}

	/** The figure a metric gives, for its drill-down link. */
	public long of(Metric metric) {
		return switch (metric) {
			case TOTAL -> this.total;
			case DUE -> this.due;
			case ON_TIME -> this.onTime;
			case LATE -> this.late;
			case AWAITING_REVIEW -> this.awaitingReview;
			case OVERDUE -> this.overdue;
			case DONE_EARLY -> this.doneEarly;
			case IN_PROGRESS_ON_TIME -> this.inProgressOnTime;
			case NOT_YET_DUE -> this.notYetDue;
			case EXTENDED -> this.extended;
			case DUE_SOON -> this.dueSoon;
		};
	}

	/** {@link #of} by the metric's name, for templates. */
	public long count(String metric) {
		return of(Metric.valueOf(metric));
	}

	static Integer percent(long part, long whole) {
		return (whole == 0) ? null : (int) Math.round(100.0 * part / whole);
	}

}
