package vn.hanoi.plantracker.report;

/**
 * The columns the department report can be sorted by; each maps to a fixed SQL
 * expression, so no text from the request ever reaches the SQL.
 */
public enum DepartmentSort {

	NAME("r.name_vi collate \"vi-x-icu\""), TOTAL("r.total"), NOT_STARTED("r.not_started"),
	IN_PROGRESS("r.in_progress"), SUBMITTED("r.submitted"), RETURNED("r.returned"), ON_TIME("r.on_time"),
	LATE("r.late"), OVERDUE("r.overdue"), COMPLETION("(r.on_time + r.late)::numeric / nullif(r.total, 0)"),
	ON_TIME_RATE("r.on_time::numeric / nullif(r.on_time + r.late, 0)"), MAX_DAYS_OVERDUE("r.max_days_overdue");

	private final String sql;

	DepartmentSort(String sql) {
		this.sql = sql;
	}

	String sql() {
		return this.sql;
	}

}
