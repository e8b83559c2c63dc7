package vn.hanoi.plantracker.report;

import java.time.YearMonth;

import vn.hanoi.plantracker.system.Formats;

/** Assignments completed in a month against assignments due in it. */
record MonthCount(YearMonth month, long completed, long due) {

	/** The month as both languages write it, on the table and the chart: 12/2025. */
	public String label() {
		return Formats.monthOf(this.month);
	}

}
