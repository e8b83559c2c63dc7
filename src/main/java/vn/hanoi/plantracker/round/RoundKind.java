package vn.hanoi.plantracker.round;

import java.time.LocalDate;

/**
 * The two periodic reports of the regime: the six-month report (first half of the year)
 * and the year report. The period runs from 1 January (or the plan's date, if later) to
 * the end of the half or the year; figures are taken at the cut-off day, the day before
 * the report is due.
 */
public enum RoundKind {

	HALF_YEAR, YEAR;

	LocalDate periodStart(int year, LocalDate planIssuedOn) {
		LocalDate start = LocalDate.of(year, 1, 1);
		return planIssuedOn.isAfter(start) ? planIssuedOn : start;
	}

	LocalDate periodEnd(int year) {
		return (this == HALF_YEAR) ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
	}

}
