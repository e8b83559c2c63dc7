package vn.hanoi.plantracker.standing;

import java.time.LocalDate;

import vn.hanoi.plantracker.system.Today;

/**
 * What overdue, due soon and completed late mean on the live pages (dashboard, task and
 * assignment pages, digest, escalation): the rule of {@link Metric} counted now. A due
 * date's deadline is the end of that day, so work due today is due soon, never overdue;
 * from tomorrow it is overdue if it was not sent. The reports as of today count the same
 * way ({@link Metric#dueBefore}); as of a day that has ended, work due that day is due.
 * Overdue is computed, never stored.
 */
public final class Deadlines {

	/**
	 * SQL: assignment alias {@code a} is past due at the date bound to {@code :today} and
	 * neither completed nor awaiting review (submitted work waits on the coordinator, not
	 * the agency).
	 */
	public static final String OVERDUE_SQL = "(a.status not in ('COMPLETED', 'SUBMITTED') and a.due_date < :today)";

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
	 * SQL: a derived table of every assignment as it stood just before the instant bound
	 * to {@code :cutoff}, from the assignment module's temporal read model (use it as
	 * {@code ... from ASSIGNMENTS_AS_OF_SQL a}). Prefer {@code assignment_as_of(:cutoff)}
	 * with the {@link Metric} definitions.
	 */
	public static final String ASSIGNMENTS_AS_OF_SQL = "(select * from assignment_as_of(:cutoff))";

	private Deadlines() {
	}

	/**
	 * The cutoff for {@link #ASSIGNMENTS_AS_OF_SQL} that gives the state at the end of
	 * this Hanoi date: the start of the next day in Asia/Ho_Chi_Minh.
	 */
	public static java.time.OffsetDateTime endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(Today.ZONE).toOffsetDateTime();
	}

	/**
	 * Past due today and not settled by the agency: {@code settled} is true when the work
	 * is completed or submitted and awaiting review.
	 */
	public static boolean isOverdue(boolean settled, LocalDate dueDate, LocalDate today) {
		return !settled && dueDate.isBefore(today);
	}

	public static boolean isCompletedLate(LocalDate completedOn, LocalDate dueDate) {
		return completedOn != null && completedOn.isAfter(dueDate);
	}

	/** Days until the due date: negative when overdue, 0 when due today. */
	public static long daysLeft(LocalDate dueDate, LocalDate today) {
		return java.time.temporal.ChronoUnit.DAYS.between(today, dueDate);
	}

}
