package vn.hanoi.plantracker.plan;

/**
 * When a task is due: once on a fixed date; every year on a month-day; every school year;
 * or ongoing ("thường xuyên"), with a half-yearly report.
 */
public enum ScheduleKind {

	FIXED, ANNUAL, SCHOOL_YEAR, ONGOING

}
