package vn.hanoi.plantracker.standing;

/**
 * The one set of definitions behind every figure of the reports, the dashboard and their
 * exports (see {@code /help/metrics}). Each metric is a SQL condition on an assignment
 * {@code a} as it stood at the end of the day bound to {@code :today} (a row of
 * {@code assignment_as_of}: its due date as known that day, its status, and its
 * completion date, the day the accepted submission was sent).
 * <p>
 * One rule for deadlines: a due date's deadline is the <em>end</em> of that day. So the
 * work whose deadline has passed is the work due before {@code :dueBefore}
 * ({@link #dueBefore}): for a day D that has ended, the day after D (work due on D is
 * due); for today, which has not ended, today (work due today is not due yet: it is due
 * soon, and overdue from tomorrow), as on the coordinator's live dashboard
 * ({@link Deadlines#OVERDUE_SQL}).
 * <p>
 * The <em>due set</em> of day D is the work whose deadline has passed; each of it is
 * exactly one of {@link #ON_TIME}, {@link #LATE}, {@link #AWAITING_REVIEW} and
 * {@link #OVERDUE}. The rest is not yet due: {@link #DONE_EARLY},
 * {@link #IN_PROGRESS_ON_TIME} or {@link #NOT_YET_DUE}. {@link #TOTAL} is all of it; a
 * period that has not begun on D is not counted at all ({@link #IN_SCOPE_SQL}).
 */
public enum Metric {

	TOTAL("true"),

	/** Its deadline has passed: due on or before D (before today when D is today). */
	DUE("a.due_date < :dueBefore"),

	/** Due, and the accepted submission was sent on or before the due date. */
	ON_TIME("a.due_date < :dueBefore and a.status = 'COMPLETED' and a.completed_on <= a.due_date"),

	/** Due, and the accepted submission was sent after the due date. */
	LATE("a.due_date < :dueBefore and a.status = 'COMPLETED' and a.completed_on > a.due_date"),

	/**
	 * Due and submitted, not yet reviewed: the waiting is the coordinator's, not the
	 * agency's, so it is not overdue.
	 */
	AWAITING_REVIEW("a.due_date < :dueBefore and a.status = 'SUBMITTED'"),

	/** Due and neither done nor submitted. */
	OVERDUE("a.due_date < :dueBefore and a.status not in ('COMPLETED', 'SUBMITTED')"),

	/** Not yet due and already accepted. */
	DONE_EARLY("a.due_date >= :dueBefore and a.status = 'COMPLETED'"),

	/** Not yet due, started (in progress, submitted or returned). */
	IN_PROGRESS_ON_TIME("a.due_date >= :dueBefore and a.status in ('IN_PROGRESS', 'SUBMITTED', 'RETURNED')"),

	/** Not yet due and not started. */
	NOT_YET_DUE("a.due_date >= :dueBefore and a.status = 'NOT_STARTED'"),

	/** Its due date as known on D is no longer the original one. */
	EXTENDED("a.due_date <> a.original_due_date"),

	/**
	 * Not done, not yet due, and due by 30 days after D (for today: from today on, as the
	 * dashboard's due-soon list).
	 */
	DUE_SOON("a.status <> 'COMPLETED' and a.due_date >= :dueBefore and a.due_date <= cast(:today as date) + "
			+ Metric.DUE_SOON_DAYS);

	/** How far ahead {@link #DUE_SOON} looks. */
	public static final int DUE_SOON_DAYS = 30;

	/** The metrics that split the total: each assignment is exactly one of them. */
	public static final java.util.List<Metric> EXCLUSIVE = java.util.List.of(ON_TIME, LATE, AWAITING_REVIEW, OVERDUE,
			DONE_EARLY, IN_PROGRESS_ON_TIME, NOT_YET_DUE);

	/**
	 * SQL: the assignment counts on D at all: its period has begun (future periods are
	 * never counted).
	 */
	public static final String IN_SCOPE_SQL = "(a.period_start is null or a.period_start <= :today)";

	/**
	 * SQL: days past due on D of an overdue assignment (0 for anything else).
	 */
	public static final String DAYS_OVERDUE_SQL = "(case when (" + OVERDUE.sql
			+ ") then cast(:today as date) - a.due_date else 0 end)";

	/**
	 * The value of {@code :dueBefore} for a count as of {@code day} made {@code today}:
	 * the first due date whose deadline (the end of that day) has not passed. A day that
	 * has ended: the day after it. Today (or later): today.
	 */
	public static java.time.LocalDate dueBefore(java.time.LocalDate day, java.time.LocalDate today) {
		java.time.LocalDate next = day.plusDays(1);
		return next.isAfter(today) ? today : next;
	}

	/** SQL: the name of the exclusive metric the assignment falls in. */
	public static String categorySql() {
		StringBuilder sql = new StringBuilder("(case");
		for (Metric metric : EXCLUSIVE) {
			sql.append(" when ").append(metric.sql()).append(" then '").append(metric.name()).append("'");
		}
		return sql.append(" end)").toString();
	}

	private final String sql;

	Metric(String sql) {
		this.sql = sql;
	}

	/** The condition, in parentheses. */
	public String sql() {
		return "(" + this.sql + ")";
	}

	/**
	 * The condition over the live {@code assignment} table (today's state), where the
	 * completion date is {@code submitted_on}: for pages that count today's work without
	 * the read model. Use with {@link #LIVE_COUNTED_SQL}.
	 */
	public String liveSql() {
		return sql().replace("a.completed_on", "coalesce(a.submitted_on, a.completed_on)");
	}

	/**
	 * SQL over the live {@code assignment} table: the city's own work (not a requested
	 * body's) of a period that has begun.
	 */
	public static final String LIVE_COUNTED_SQL = "(not a.requested and (period_starts_on(a.period) is null"
			+ " or period_starts_on(a.period) <= :today))";

	/** {@code count(*) filter (where ...) as <alias>}. */
	public String count(String alias) {
		return "count(*) filter (where " + sql() + ") as " + alias;
	}

	/**
	 * The count over rows that each stand for {@code a.n} assignments
	 * ({@link FigureSql#COUNTED}):
	 * {@code coalesce(sum(a.n) filter (where ...), 0) as <alias>}.
	 */
	public String sum(String alias) {
		return "coalesce(sum(a.n) filter (where " + sql() + "), 0) as " + alias;
	}

	/**
	 * On-time rate: on time as a whole percentage of the due set; null when none is due.
	 */
	public static Integer onTimeRate(long onTime, long due) {
		return (due == 0) ? null : (int) Math.round(100.0 * onTime / due);
	}

}
