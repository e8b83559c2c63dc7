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

	private Deadlines() {
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
