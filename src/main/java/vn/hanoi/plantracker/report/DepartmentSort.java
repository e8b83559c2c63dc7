package vn.hanoi.plantracker.report;

/**
 * The columns the department report can be sorted by; each maps to a fixed SQL
 * expression, so no text from the request ever reaches the SQL.
 */
public enum DepartmentSort {

	NAME("r.name_vi collate \"vi-x-icu\""), TOTAL("r.total"), DUE("r.due"), ON_TIME("r.on_time"), LATE("r.late"),
	AWAITING_REVIEW("r.awaiting_review"), OVERDUE("r.overdue"), NOT_DUE("r.done_early + r.in_progress + r.not_yet_due"),
	COMPLETION("(r.on_time + r.late + r.done_early)::numeric / nullif(r.total, 0)"),
	ON_TIME_RATE("r.on_time::numeric / nullif(r.due, 0)"), MAX_DAYS_OVERDUE("r.max_days_overdue");

	private final String sql;

	DepartmentSort(String sql) {
		this.sql = sql;
	}

	String sql() {
		return this.sql;
	}

}
