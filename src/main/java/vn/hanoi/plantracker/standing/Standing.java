package vn.hanoi.plantracker.standing;

/**
 * Where one assignment stands on a day, in words a report's table uses: one name for each
 * of the exclusive {@link Metric}s, and nothing else. The due set is the first four;
 * {@link #DONE_EARLY}, {@link #IN_PROGRESS} and {@link #NOT_YET_DUE} are not due yet on
 * the day. A table never classifies an assignment itself: it takes the metric the figure
 * owner counted it under, so the table and the figures cannot disagree.
 */
public enum Standing {

	DONE_ON_TIME, DONE_LATE, AWAITING_REVIEW, OVERDUE, IN_PROGRESS, NOT_YET_DUE, DONE_EARLY;

	/** The standing of an assignment counted under {@code metric} (an exclusive one). */
	public static Standing of(Metric metric) {
		return switch (metric) {
			case ON_TIME -> DONE_ON_TIME;
			case LATE -> DONE_LATE;
			case AWAITING_REVIEW -> AWAITING_REVIEW;
			case OVERDUE -> OVERDUE;
			case DONE_EARLY -> DONE_EARLY;
			case IN_PROGRESS_ON_TIME -> IN_PROGRESS;
			case NOT_YET_DUE -> NOT_YET_DUE;
			default -> throw new IllegalArgumentException("Not an exclusive metric: " + metric);
		};
	}

	/** Whether it is in the due set of its day. */
	public boolean due() {
		return this == DONE_ON_TIME || this == DONE_LATE || this == AWAITING_REVIEW || this == OVERDUE;
	}

}
