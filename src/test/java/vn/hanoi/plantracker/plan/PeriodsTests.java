package vn.hanoi.plantracker.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.hanoi.plantracker.plan.Periods.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** The period rules of migration V2, in the one class that now holds them. */
class PeriodsTests {

	private static final Schedule FIXED = new Schedule(ScheduleKind.FIXED, LocalDate.of(2025, 9, 30), null, null);

	private static final Schedule ANNUAL = new Schedule(ScheduleKind.ANNUAL, null, 7, 31);

	private static final Schedule SCHOOL_YEAR = new Schedule(ScheduleKind.SCHOOL_YEAR, null, 5, 31);

	private static final Schedule ONGOING = new Schedule(ScheduleKind.ONGOING, null, null, null);

	@Test
	void aOneOffTaskHasOnePeriodOnItsDate() {
		assertThat(Periods.currentAndNext(FIXED, LocalDate.of(2026, 1, 1)))
			.containsExactly(new Period("", LocalDate.of(2025, 9, 30)));
		assertThat(Periods.dueOf(FIXED, "")).contains(LocalDate.of(2025, 9, 30));
		assertThat(Periods.dueOf(FIXED, "2025")).isEmpty();
	}

	@Test
	void yearlyTasksAreDueOnTheirMonthDayOfEachYear() {
		assertThat(Periods.currentAndNext(ANNUAL, LocalDate.of(2026, 11, 29))).containsExactly(
				new Period("2026", LocalDate.of(2026, 7, 31)), new Period("2027", LocalDate.of(2027, 7, 31)));
		Schedule leapDay = new Schedule(ScheduleKind.ANNUAL, null, 2, 29);
		assertThat(Periods.dueOf(leapDay, "2027")).contains(LocalDate.of(2027, 2, 28));
		assertThat(Periods.dueOf(leapDay, "2028")).contains(LocalDate.of(2028, 2, 29));
	}

	@Test
	void schoolYearsRunFromSeptemberAndAreDueInTheEndYear() {
		assertThat(Periods.currentAndNext(SCHOOL_YEAR, LocalDate.of(2026, 8, 31))).containsExactly(
				new Period("2025-2026", LocalDate.of(2026, 5, 31)), new Period("2026-2027", LocalDate.of(2027, 5, 31)));
		assertThat(Periods.currentAndNext(SCHOOL_YEAR, LocalDate.of(2026, 9, 1))).extracting(Period::name)
			.containsExactly("2026-2027", "2027-2028");
		assertThat(Periods.dueOf(SCHOOL_YEAR, "2025-2027")).isEmpty();
	}

	@Test
	void ongoingTasksReportEachHalfYearOnTheFifteenth() {
		assertThat(Periods.currentAndNext(ONGOING, LocalDate.of(2026, 6, 30))).containsExactly(
				new Period("2026-H1", LocalDate.of(2026, 6, 15)), new Period("2026-H2", LocalDate.of(2026, 12, 15)));
		assertThat(Periods.currentAndNext(ONGOING, LocalDate.of(2026, 7, 1))).containsExactly(
				new Period("2026-H2", LocalDate.of(2026, 12, 15)), new Period("2027-H1", LocalDate.of(2027, 6, 15)));
		assertThat(Periods.dueOf(ONGOING, "2025-H2")).contains(LocalDate.of(2025, 12, 15));
		assertThat(Periods.dueOf(ONGOING, "2025")).isEmpty();
	}

}
