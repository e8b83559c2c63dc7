package vn.hanoi.plantracker.standing;

import java.util.EnumMap;
import java.util.Map;

/**
 * Assignments counted by the definitions of {@link Metric} as of a day, for an agency, a
 * key area or the whole selection: one number for each metric, and the most days any of
 * them is overdue. {@code due} is the due set; on time, late, awaiting review and overdue
 * split it exactly; done early, in progress on time and not yet due split the rest of the
 * total. Extended counts assignments whose due date as known that day is no longer the
 * original one.
 * <p>
 * The numbers are kept by metric, so a metric added to {@link Metric} is counted by the
 * owner's SQL ({@link FigureSql#COUNTS}), read back here and shown by {@link #of} or
 * {@link #count} without a change to this class.
 */
public final class Counts {

	/** Nothing at all. */
	public static final Counts NONE = new Counts(new EnumMap<>(Metric.class), 0);

	private final Map<Metric, Long> values;

	private final long maxDaysOverdue;

	private Counts(Map<Metric, Long> values, long maxDaysOverdue) {
		this.values = values;
		this.maxDaysOverdue = maxDaysOverdue;
	}

	/** The metrics of the definitions in their usual order, and the most days overdue. */
	public Counts(long total, long due, long onTime, long late, long awaitingReview, long overdue, long doneEarly,
			long inProgressOnTime, long notYetDue, long maxDaysOverdue, long extended, long dueSoon) {
		this(Map.ofEntries(Map.entry(Metric.TOTAL, total), Map.entry(Metric.DUE, due),
				Map.entry(Metric.ON_TIME, onTime), Map.entry(Metric.LATE, late),
				Map.entry(Metric.AWAITING_REVIEW, awaitingReview), Map.entry(Metric.OVERDUE, overdue),
				Map.entry(Metric.DONE_EARLY, doneEarly), Map.entry(Metric.IN_PROGRESS_ON_TIME, inProgressOnTime),
				Map.entry(Metric.NOT_YET_DUE, notYetDue), Map.entry(Metric.EXTENDED, extended),
				Map.entry(Metric.DUE_SOON, dueSoon)), maxDaysOverdue);
	}

	/** Counts by metric (a metric missing from the map is 0). */
	public static Counts of(Map<Metric, Long> values, long maxDaysOverdue) {
		EnumMap<Metric, Long> copy = new EnumMap<>(Metric.class);
		copy.putAll(values);
		return new Counts(copy, maxDaysOverdue);
	}

	/**
	 * These and {@code other} counted together (the assignments of two agencies, two key
	 * areas): every metric summed, the most days overdue the larger of the two.
	 */
	public Counts plus(Counts other) {
		EnumMap<Metric, Long> sum = new EnumMap<>(Metric.class);
		for (Metric metric : Metric.values()) {
			sum.put(metric, of(metric) + other.of(metric));
		}
		return new Counts(sum, Math.max(this.maxDaysOverdue, other.maxDaysOverdue));
	}

	/** The figure a metric gives, for its drill-down link. */
	public long of(Metric metric) {
		return this.values.getOrDefault(metric, 0L);
	}

	/** {@link #of} by the metric's name, for templates. */
	public long count(String metric) {
		return of(Metric.valueOf(metric));
	}

	public long total() {
		return of(Metric.TOTAL);
	}

	public long due() {
		return of(Metric.DUE);
	}

	public long onTime() {
		return of(Metric.ON_TIME);
	}

	public long late() {
		return of(Metric.LATE);
	}

	public long awaitingReview() {
		return of(Metric.AWAITING_REVIEW);
	}

	public long overdue() {
		return of(Metric.OVERDUE);
	}

	public long doneEarly() {
		return of(Metric.DONE_EARLY);
	}

	public long inProgressOnTime() {
		return of(Metric.IN_PROGRESS_ON_TIME);
	}

	public long notYetDue() {
		return of(Metric.NOT_YET_DUE);
	}

	public long extended() {
		return of(Metric.EXTENDED);
	}

	public long dueSoon() {
		return of(Metric.DUE_SOON);
	}

	public long maxDaysOverdue() {
		return this.maxDaysOverdue;
	}

	/** Accepted work, due or not. */
	public long completed() {
		return onTime() + late() + doneEarly();
	}

	/** Not yet due on the day. */
	public long notDue() {
		return doneEarly() + inProgressOnTime() + notYetDue();
	}

	/** Completed as a whole percentage of all, or null when there is nothing to count. */
	public Integer completionPercent() {
		return percent(completed(), total());
	}

	/** On time as a percentage of the due set; null when nothing is due. */
	public Integer onTimeRate() {
		return Metric.onTimeRate(onTime(), due());
	}

	static Integer percent(long part, long whole) {
		return (whole == 0) ? null : (int) Math.round(100.0 * part / whole);
	}

	@Override
	public boolean equals(Object other) {
		if (!(other instanceof Counts that)) {
			return false;
		}
		for (Metric metric : Metric.values()) {
			if (of(metric) != that.of(metric)) {
				return false;
			}
		}
		return this.maxDaysOverdue == that.maxDaysOverdue;
	}

	@Override
	public int hashCode() {
		long[] all = new long[Metric.values().length + 1];
		for (Metric metric : Metric.values()) {
			all[metric.ordinal()] = of(metric);
		}
		all[all.length - 1] = this.maxDaysOverdue;
		return java.util.Arrays.hashCode(all);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("Counts[");
		for (Metric metric : Metric.values()) {
			text.append(metric.name()).append('=').append(of(metric)).append(", ");
		}
		return text.append("maxDaysOverdue=").append(this.maxDaysOverdue).append(']').toString();
	}

}
