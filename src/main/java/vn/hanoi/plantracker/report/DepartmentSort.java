package vn.hanoi.plantracker.report;

/**
 * The columns the department report can be sorted by; each maps to a fixed SQL
 * expression, so no text from the request ever reaches the SQL. Names sort in the order
 * of the page's language: Vietnamese names by PostgreSQL's ICU collation "vi-x-icu" (Hà
 * Đông before Hoàng Mai), English names by the ICU root collation "und-x-icu" (the
 * Unicode order English readers expect: accents secondary, case ignored first).
 */
public enum DepartmentSort {

	NAME("r.name_vi collate \"vi-x-icu\"", "r.name_en collate \"und-x-icu\""), TOTAL("r.total"), DUE("r.due"),
	ON_TIME("r.on_time"), LATE("r.late"), AWAITING_REVIEW("r.awaiting_review"), OVERDUE("r.overdue"),
	NOT_DUE("r.done_early + r.in_progress_on_time + r.not_yet_due"),
	COMPLETION("(r.on_time + r.late + r.done_early)::numeric / nullif(r.total, 0)"),
	ON_TIME_RATE("r.on_time::numeric / nullif(r.due, 0)"), MAX_DAYS_OVERDUE("r.max_days_overdue");

	private final String sql;

	private final String englishSql;

	DepartmentSort(String sql) {
		this(sql, sql);
	}

	DepartmentSort(String sql, String englishSql) {
		this.sql = sql;
		this.englishSql = englishSql;
	}

	/** The expression for a page in Vietnamese ({@code english} false) or English. */
	String sql(boolean english) {
		return english ? this.englishSql : this.sql;
	}

}
