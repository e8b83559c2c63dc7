package vn.hanoi.plantracker.dashboard;

/** How long an assignment has been overdue, in days, as the coordinator buckets it. */
public enum Ageing {

	UP_TO_30(1, 30), UP_TO_60(31, 60), UP_TO_90(61, 90), OVER_90(91, Integer.MAX_VALUE);

	private final int minDays;

	private final int maxDays;

	Ageing(int minDays, int maxDays) {
		this.minDays = minDays;
		this.maxDays = maxDays;
	}

	public int minDays() {
		return this.minDays;
	}

	public int maxDays() {
		return this.maxDays;
	}

	public static Ageing of(long daysOverdue) {
		for (Ageing bucket : values()) {
			if (daysOverdue >= bucket.minDays && daysOverdue <= bucket.maxDays) {
				return bucket;
			}
		}
		return null;
	}

}
