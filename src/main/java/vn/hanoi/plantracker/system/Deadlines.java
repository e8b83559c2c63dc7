package vn.hanoi.plantracker.system;

import java.time.LocalDate;

/**
 * The one place that says what overdue, due soon and completed late mean. Dashboards and
 * reports use the SQL fragments; pages use the methods. Overdue is computed, never
 * stored; due today is not overdue.
 */
public final class Deadlines {

	/**
	 * SQL: assignment alias {@code a} is open and past due at the date bound to
	 * {@code :today}.
	 */
	public static final String OVERDUE_SQL = "(a.status <> 'COMPLETED' and a.due_date < :today)";

	/**
	 * SQL: open and due from {@code :today} to {@code :dueSoonUntil} inclusive (due today
	 * is due soon, not overdue).
	 */
	public static final String DUE_SOON_SQL = "(a.status <> 'COMPLETED' and a.due_date >= :today and a.due_date <= :dueSoonUntil)";

	/** SQL: completed after its (current, approved) due date. */
	public static final String COMPLETED_LATE_SQL = "(a.status = 'COMPLETED' and a.completed_on > a.due_date)";

	/** SQL: completed on or before its due date. */
	public static final String COMPLETED_ON_TIME_SQL = "(a.status = 'COMPLETED' and a.completed_on <= a.due_date)";

	/**
	 * SQL: a derived table of every assignment as it stood at the instant bound to
	 * {@code :cutoff} (use it as {@code ... from ASSIGNMENTS_AS_OF_SQL a}, so that the
	 * fragments above apply unchanged). The status is the {@code status_after} of the
	 * latest history entry before the cutoff (none: NOT_STARTED), the completion date the
	 * Hanoi date of the latest ACCEPT entry, the percent that of the latest entry. The
	 * history is append-only, so the same cutoff gives the same state every time. The due
	 * date is the current, approved one, as for the live counts.
	 */
	public static final String ASSIGNMENTS_AS_OF_SQL = """
			(select x.id, x.task_id, x.agency_id, x.role, x.period, x.due_date, x.original_due_date,
			        coalesce(h.status_after, 'NOT_STARTED') as status, coalesce(h.percent, 0) as percent_complete,
			        case when h.status_after = 'COMPLETED'
			            then (acc.accepted_at at time zone 'Asia/Ho_Chi_Minh')::date end as completed_on
			 from assignment x
			 left join (select distinct on (p.assignment_id) p.assignment_id, p.status_after, p.percent
			            from progress_update p where p.created_at < :cutoff
			            order by p.assignment_id, p.created_at desc, p.id desc) h on h.assignment_id = x.id
			 left join (select p.assignment_id, max(p.created_at) as accepted_at
			            from progress_update p where p.kind = 'ACCEPT' and p.created_at < :cutoff
			            group by p.assignment_id) acc on acc.assignment_id = x.id
			 where x.closed_at is null or x.closed_at >= :cutoff)""";

	private Deadlines() {
	}

	/**
	 * The cutoff for {@link #ASSIGNMENTS_AS_OF_SQL} that gives the state at the end of
	 * this Hanoi date: the start of the next day in Asia/Ho_Chi_Minh.
	 */
	public static java.time.OffsetDateTime endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(Today.ZONE).toOffsetDateTime();
	}

	public static boolean isOverdue(boolean completed, LocalDate dueDate, LocalDate today) {
		return !completed && dueDate.isBefore(today);
	}

	public static boolean isCompletedLate(LocalDate completedOn, LocalDate dueDate) {
		return completedOn != null && completedOn.isAfter(dueDate);
	}

	/** Days until the due date: negative when overdue, 0 when due today. */
	public static long daysLeft(LocalDate dueDate, LocalDate today) {
		return java.time.temporal.ChronoUnit.DAYS.between(today, dueDate);
	}

}
