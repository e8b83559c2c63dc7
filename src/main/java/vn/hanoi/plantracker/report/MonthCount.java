package vn.hanoi.plantracker.report;

import java.time.YearMonth;

/** Assignments completed in a month against assignments due in it. */
public record MonthCount(YearMonth month, long completed, long due) {

}
