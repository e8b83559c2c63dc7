package vn.hanoi.plantracker.standing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figure owner's published SQL: the only place that says which assignments a figure
 * as of a day counts (the selection) and how they are counted (the {@link Metric}
 * columns). Readers that need rows behind a figure (drill-downs, annexes, charts) build
 * on {@link #SELECTION} and bind it with {@link #bind}; they never spell a status rule or
 * a due-date comparison of their own.
 */
public final class FigureSql {

	/**
	 * SQL: the tally gives the figures of the bound day: the day is today (or later),
	 * nothing was recorded after its end, and the tally's folded due dates
	 * ({@code figure_tally_horizon}, V460) are all before {@code :dueBefore} (long due)
	 * or after the last day {@link Metric#DUE_SOON} looks at.
	 */
	static final String TALLY_SERVES = "(cast(:current as boolean) and figure_tally_serves(:cutoff, "
			+ "cast(:dueBefore as date), cast(:today as date) + " + Metric.DUE_SOON_DAYS + "))";

	/**
	 * SQL: the tally's rows as the conditions read them (a folded row's due date: the
	 * oldest of its assignments'), followed by {@code and <when it serves>}.
	 */
	private static final String TALLY_ROWS = """
			select f.key_area_id, f.agency_id, f.requested, f.status, d.due_date, f.period_start,
			       d.due_date + cast(f.completed_vs_due as integer) as completed_on,
			       case when f.extended then d.due_date + 1 else d.due_date end as original_due_date, f.n
			from figure_tally f
			cross join lateral (select case when f.due_date in ('-infinity', 'infinity') then f.oldest_due
			                                else f.due_date end as due_date) d
			where f.n > 0""";

	/**
	 * SQL: the tally's rows as {@link #COUNTED} counts them, when it serves: the rows
	 * that differ only in due dates on the same side of every date a {@link Metric}
	 * condition compares with ({@code :dueBefore} and the last day
	 * {@link Metric#DUE_SOON} looks at) counted as one, with the oldest of their due
	 * dates (what {@link Metric#DAYS_OVERDUE_SQL} reads). Every condition is true or
	 * false alike for all of them, so the counts are the same, from a third of the rows
	 * at national scale.
	 */
	private static final String TALLY_COUNTED = """
			select f.key_area_id, f.agency_id, f.requested, f.status, min(d.due_date) as due_date, f.period_start,
			       min(d.due_date) + cast(f.completed_vs_due as integer) as completed_on,
			       case when f.extended then min(d.due_date) + 1 else min(d.due_date) end as original_due_date,
			       sum(f.n) as n
			from figure_tally f
			cross join lateral (select case when f.due_date in ('-infinity', 'infinity') then f.oldest_due
			                                else f.due_date end as due_date) d
			where f.n > 0 and %s
			group by f.key_area_id, f.agency_id, f.requested, f.status, f.period_start, f.completed_vs_due, f.extended,
			         d.due_date < cast(:dueBefore as date), d.due_date <= cast(:today as date) + %d"""
		.formatted(TALLY_SERVES, Metric.DUE_SOON_DAYS);

	/**
	 * SQL: a derived table of the open work as of the end of today, for a live page that
	 * counts today's work by the definitions of {@link Deadlines} and {@link Metric}
	 * (columns {@code key_area_id, agency_id, requested, status, due_date, period_start,
	 * completed_on, original_due_date} and {@code n}, how many assignments a row stands
	 * for; count with {@code sum(a.n)}). From the tally when it tells apart every due
	 * date from {@code pastDays} days before {@code :today} to {@code aheadDays} after it
	 * (what the page's conditions compare: ageing buckets, a due-soon window), else from
	 * the history, one row per assignment. Binds {@code :today} and {@code :cutoff}
	 * ({@link Deadlines#endOf} today).
	 */
	public static String today(int pastDays, int aheadDays) {
		String serves = "figure_tally_serves(:cutoff, cast(:today as date) - " + pastDays + ", cast(:today as date) + "
				+ aheadDays + ")";
		return """
				(%s and %s
				 union all
				 select t.key_area_id, a.agency_id, a.requested, a.status, a.due_date, a.period_start, a.completed_on,
				        a.original_due_date, 1
				 from assignment_as_of(:cutoff) a
				 join task_as_of(:cutoff) t on t.id = a.task_id
				 where not %s)""".formatted(TALLY_ROWS, serves, serves);
	}

	/**
	 * The assignments a selection takes, as of its date: alias a, t, k and ag, the key
	 * area with the title it had then (V550's {@code key_area_as_of}). Agencies that did
	 * not exist that day and periods that had not begun are left out; {@code :requested}
	 * null takes both the city's own work and the requested bodies'.
	 */
	public static final String SELECTION = selection("k.plan_id = :plan");

	/**
	 * The same selection in every plan at once ({@code :plan} is not read): for figures
	 * grouped by {@code k.plan_id}, one plan's never mixed with another's.
	 */
	static final String SELECTION_IN_EVERY_PLAN = selection("true");

	private static String selection(String plan) {
		return """
				from assignment_as_of(:cutoff) a
				join task_as_of(:cutoff) t on t.id = a.task_id
				join key_area_as_of(:cutoff) k on k.id = t.key_area_id
				join agency_as_of(cast(:today as date)) ag on ag.id = a.agency_id
				where %s and %s
				  and (cast(:requested as boolean) is null or a.requested = cast(:requested as boolean))
				  and (cast(:kind as text) is null or ag.kind = cast(:kind as text))
				  and (cast(:area as bigint) is null or k.id = cast(:area as bigint))
				  and (cast(:agency as bigint) is null or ag.id = cast(:agency as bigint))
				""".formatted(plan, Metric.IN_SCOPE_SQL);
	}

	/**
	 * The same selection for counting, with the columns the {@link Metric} conditions
	 * read and {@code a.n}, how many assignments a row stands for (alias a, k and ag; no
	 * task wording). As of today (or later) it reads the tally the figure owner keeps
	 * current in the same transaction as every change ({@code figure_tally}, V300, folded
	 * by V460 so that due dates far from today take one row per group): a few rows per
	 * agency, each standing for the assignments that agree on every fact the conditions
	 * ask, with the completion date and the original due date given as dates that compare
	 * with the due date as theirs do (all the conditions ask of them). As of a day that
	 * has ended, or when something was recorded after the as-of day's end (a clock set
	 * back), it reads the history, one row per assignment. Count with {@link #COUNTS}.
	 */
	public static final String COUNTED = counted("k.plan_id = :plan");

	/** {@link #COUNTED} in every plan at once (see {@link #SELECTION_IN_EVERY_PLAN}). */
	static final String COUNTED_IN_EVERY_PLAN = counted("true");

	private static String counted(String plan) {
		return """
				from (%1$s
				      union all
				      select t.key_area_id, a.agency_id, a.requested, a.status, a.due_date, a.period_start, a.completed_on,
				             a.original_due_date, 1
				      from assignment_as_of(:cutoff) a
				      join task_as_of(:cutoff) t on t.id = a.task_id
				      where not (%4$s)) a
				join key_area_as_of(:cutoff) k on k.id = a.key_area_id
				join agency_as_of(cast(:today as date)) ag on ag.id = a.agency_id
				where %2$s and %3$s
				  and (cast(:requested as boolean) is null or a.requested = cast(:requested as boolean))
				  and (cast(:kind as text) is null or ag.kind = cast(:kind as text))
				  and (cast(:area as bigint) is null or k.id = cast(:area as bigint))
				  and (cast(:agency as bigint) is null or ag.id = cast(:agency as bigint))
				"""
			.formatted(TALLY_COUNTED, plan, Metric.IN_SCOPE_SQL, TALLY_SERVES);
	}

	/**
	 * The columns {@link #counts(ResultSet)} reads, as aggregates over {@link #COUNTED}:
	 * one per {@link Metric}, named after it, and the most days overdue.
	 */
	public static final String COUNTS = java.util.Arrays.stream(Metric.values())
		.map((metric) -> metric.sum(column(metric)))
		.collect(java.util.stream.Collectors.joining(",\n", "", ",\n")) + "coalesce(max(" + Metric.DAYS_OVERDUE_SQL
			+ "), 0) as max_days_overdue\n";

	private FigureSql() {
	}

	/**
	 * The selection's parameters; {@code :dueBefore} by the one deadline rule
	 * ({@link Metric#dueBefore}): work due on a day that has ended is due, work due today
	 * is not yet.
	 */
	public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Selection selection, Long agency,
			Boolean requested, LocalDate today) {
		return statement.param("cutoff", Deadlines.endOf(selection.asOf()))
			.param("current", !selection.asOf().isBefore(today))
			.param("requested", requested, java.sql.Types.BOOLEAN)
			.param("today", selection.asOf())
			.param("dueBefore", Metric.dueBefore(selection.asOf(), today))
			.param("plan", selection.planId())
			.param("kind", (selection.kind() != null) ? selection.kind().name() : null, java.sql.Types.VARCHAR)
			.param("area", selection.areaId(), java.sql.Types.BIGINT)
			.param("agency", agency, java.sql.Types.BIGINT);
	}

	/** A row's {@link #COUNTS}. */
	public static Counts counts(ResultSet rs) throws SQLException {
		java.util.Map<Metric, Long> values = new java.util.EnumMap<>(Metric.class);
		for (Metric metric : Metric.values()) {
			values.put(metric, rs.getLong(column(metric)));
		}
		return Counts.of(values, rs.getLong("max_days_overdue"));
	}

	private static String column(Metric metric) {
		return metric.name().toLowerCase(java.util.Locale.ROOT);
	}

}
