package vn.hanoi.plantracker.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that says which periods a task has and when each is due, as migration V2
 * first laid them out: a one-off task has the period {@code ''}, due on its date; a
 * yearly task {@code '2025'}, due on its month-day of that year; a school-year task
 * {@code '2025-2026'} (1 September to 31 August), due on its month-day of the end year;
 * an ongoing task a half-year {@code '2025-H1'}, with its report due on 15 June or 15
 * December.
 */
public final class Periods {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

	private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");

	private Periods() {
	}

	/** A period's name and due date. */
	public record Period(String name, LocalDate due) {

	}

	/**
	 * The period that contains {@code today} and the one after it (the single period of a
	 * one-off task).
	 */
	public static List<Period> currentAndNext(Schedule schedule, LocalDate today) {
		int year = today.getYear();
		return switch (schedule.kind()) {
			case FIXED -> List.of(new Period("", schedule.dueDate()));
			case ANNUAL -> List.of(annual(schedule, year), annual(schedule, year + 1));
			case SCHOOL_YEAR -> {
				int start = (today.getMonthValue() >= 9) ? year : year - 1;
				yield List.of(schoolYear(schedule, start), schoolYear(schedule, start + 1));
			}
			case ONGOING -> (today.getMonthValue() <= 6) ? List.of(half(year, 1), half(year, 2))
					: List.of(half(year, 2), half(year + 1, 1));
		};
	}

	/**
	 * When the named period is due under this schedule; empty if the period is not one of
	 * this schedule's kind.
	 */
	public static Optional<LocalDate> dueOf(Schedule schedule, String period) {
		Matcher matcher;
		switch (schedule.kind()) {
			case FIXED:
				return period.isEmpty() ? Optional.of(schedule.dueDate()) : Optional.empty();
			case ANNUAL:
				matcher = YEAR.matcher(period);
				return matcher.matches() ? Optional.of(annual(schedule, Integer.parseInt(matcher.group(1))).due())
						: Optional.empty();
			case SCHOOL_YEAR:
				matcher = SCHOOL_YEAR.matcher(period);
				return (matcher.matches()
						&& Integer.parseInt(matcher.group(2)) == Integer.parseInt(matcher.group(1)) + 1)
								? Optional.of(schoolYear(schedule, Integer.parseInt(matcher.group(1))).due())
								: Optional.empty();
			default:
				matcher = HALF.matcher(period);
				return matcher.matches()
						? Optional
							.of(half(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))).due())
						: Optional.empty();
		}
	}

	private static Period annual(Schedule schedule, int year) {
		return new Period(Integer.toString(year), monthDay(year, schedule.dueMonth(), schedule.dueDay()));
	}

	private static Period schoolYear(Schedule schedule, int startYear) {
		return new Period(startYear + "-" + (startYear + 1),
				monthDay(startYear + 1, schedule.dueMonth(), schedule.dueDay()));
	}

	private static Period half(int year, int half) {
		return new Period(year + "-H" + half, LocalDate.of(year, (half == 1) ? 6 : 12, 15));
	}

	/** 29 February falls on 28 February in other years, 31 on the 30th, and so on. */
	private static LocalDate monthDay(int year, int month, int day) {
		YearMonth yearMonth = YearMonth.of(year, month);
		return yearMonth.atDay(Math.min(day, yearMonth.lengthOfMonth()));
	}

}
