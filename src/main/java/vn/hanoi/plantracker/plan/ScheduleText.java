package vn.hanoi.plantracker.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hanoi.plantracker.system.SearchTerms;

/**
 * The "Thời gian thực hiện / hoàn thành" column of a plan's annex as a {@link Schedule}.
 * The kinds are the ones migration V2 gave Plan 133: a date is a one-off task
 * ({@code FIXED}); "Hằng năm" a yearly one on a month-day; "Năm học" a school-year one;
 * "Thường xuyên" and "6 tháng" an ongoing one, whose reports are half-yearly (15 June and
 * 15 December, see {@link Periods}): there is no separate half-yearly kind. A month-day
 * the text does not give is inferred (15/12 for a year, 31/5 for a school year, as V2
 * chose) and the schedule is marked so, to stay provisional.
 */
final class ScheduleText {

	/** A day and month, with an optional year: 30/6, 30/6/2025, 30-06-2025, 30.6.2025. */
	private static final Pattern DATE = Pattern
		.compile("(?<!\\d)(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?(?!\\d)");

	/** "ngày 30 tháng 6 năm 2025". */
	private static final Pattern WORDED_DATE = Pattern
		.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+(\\d{4}))?");

	/** "tháng 6/2025", "tháng 6 năm 2025". */
	private static final Pattern MONTH = Pattern.compile("thang\\s+(\\d{1,2})\\s*(?:/|-|nam)\\s*(\\d{4})");

	/** "quý III/2025", "quý 3 năm 2025". */
	private static final Pattern QUARTER = Pattern.compile("quy\\s+(iv|iii|ii|i|[1-4])\\s*(?:/|-|nam)\\s*(\\d{4})");

	/** "6 tháng", "6 tháng, năm", "Định kỳ 6 tháng", "Báo cáo sáu tháng". */
	private static final Pattern HALF_YEARLY = Pattern.compile("(?:(?:dinh ky|hang|bao cao)\\s+)*(?:6|sau) thang\\b");

	/** "năm 2025", "2025". */
	private static final Pattern YEAR = Pattern.compile("^(?:(?:trong|truoc|cuoi)\\s+)?(?:nam\\s+)?(\\d{4})$");

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy");

	private ScheduleText() {
	}

	/** "(dự kiến)": the plan gives the deadline as provisional. */
	private static final Pattern MARKED_PROVISIONAL = Pattern.compile("\\(?\\s*du kien\\s*\\)?");

	/** The words the plan export adds to a provisional deadline; read back here. */
	public static final String PROVISIONAL_MARK = "(dự kiến)";

	/**
	 * A schedule read from the text; {@code inferred} when its month-day was not given,
	 * {@code marked} when the text calls it provisional ("dự kiến").
	 */
	public record Parsed(Schedule schedule, boolean inferred, boolean marked) {

		public Parsed(Schedule schedule, boolean inferred) {
			this(schedule, inferred, false);
		}

		/** Whether the deadline stays provisional until confirmed. */
		public boolean provisional() {
			return this.inferred || this.marked;
		}

		Parsed marked(boolean marked) {
			return new Parsed(this.schedule, this.inferred, marked);
		}

	}

	/**
	 * The text of a schedule that {@link #parse} reads back as the same schedule (and as
	 * provisional when it is): the plan export writes it.
	 */
	public static String format(Schedule schedule, boolean provisional) {
		String text = switch (schedule.kind()) {
			case FIXED -> "Trước ngày " + DAY.format(schedule.dueDate());
			case ANNUAL -> "Hằng năm, trước ngày " + schedule.dueDay() + "/" + schedule.dueMonth();
			case SCHOOL_YEAR -> "Năm học, trước ngày " + schedule.dueDay() + "/" + schedule.dueMonth();
			case ONGOING -> "Thường xuyên";
		};
		return provisional ? text + " " + PROVISIONAL_MARK : text;
	}

	/** The schedule the text says, or empty when it says none this reader knows. */
	public static Optional<Parsed> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String folded = SearchTerms.fold(text).replaceAll("\\s+", " ").strip();
		Matcher mark = MARKED_PROVISIONAL.matcher(folded);
		boolean marked = mark.find();
		String rest = marked ? mark.replaceAll(" ").replaceAll("\\s+", " ").strip() : folded;
		try {
			return Optional.ofNullable(read(rest)).map((parsed) -> parsed.marked(marked));
		}
		catch (DateTimeException | NumberFormatException ex) {
			// 31/2/2025 and the like: a date that does not exist is not a schedule
			return Optional.empty();
		}
	}

	private static Parsed read(String text) {
		if (text.contains("thuong xuyen") || HALF_YEARLY.matcher(text).lookingAt()) {
			return new Parsed(new Schedule(ScheduleKind.ONGOING, null, null, null), false);
		}
		if (text.contains("nam hoc")) {
			return monthDay(ScheduleKind.SCHOOL_YEAR, text, 5, 31);
		}
		if (text.contains("hang nam")) {
			return monthDay(ScheduleKind.ANNUAL, text, 12, 15);
		}
		LocalDate date = lastFullDate(text);
		if (date != null) {
			return fixed(date);
		}
		MatchResult month = last(MONTH, text);
		if (month != null) {
			return fixed(
					YearMonth.of(Integer.parseInt(month.group(2)), Integer.parseInt(month.group(1))).atEndOfMonth());
		}
		MatchResult quarter = last(QUARTER, text);
		if (quarter != null) {
			int q = quarterNumber(quarter.group(1));
			return fixed(YearMonth.of(Integer.parseInt(quarter.group(2)), q * 3).atEndOfMonth());
		}
		Matcher year = YEAR.matcher(text);
		if (year.matches()) {
			return fixed(LocalDate.of(Integer.parseInt(year.group(1)), 12, 31));
		}
		return null;
	}

	private static Parsed fixed(LocalDate date) {
		return new Parsed(new Schedule(ScheduleKind.FIXED, date, null, null), false);
	}

	/** The month-day the text gives (the last one), or the default, marked inferred. */
	private static Parsed monthDay(ScheduleKind kind, String text, int defaultMonth, int defaultDay) {
		int[] dayMonth = lastDayMonth(text);
		if (dayMonth == null) {
			return new Parsed(new Schedule(kind, null, defaultMonth, defaultDay), true);
		}
		// a month-day that no year has is no schedule
		java.time.MonthDay.of(dayMonth[1], dayMonth[0]);
		return new Parsed(new Schedule(kind, null, dayMonth[1], dayMonth[0]), false);
	}

	/** The last date with a year in the text: the completion date of a range. */
	private static LocalDate lastFullDate(String text) {
		LocalDate found = null;
		for (Pattern pattern : new Pattern[] { DATE, WORDED_DATE }) {
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				if (m.group(3) != null) {
					LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
							Integer.parseInt(m.group(1)));
					found = (found == null || date.isAfter(found)) ? date : found;
				}
			}
		}
		return found;
	}

	private static int[] lastDayMonth(String text) {
		int[] found = null;
		for (Pattern pattern : new Pattern[] { DATE, WORDED_DATE }) {
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				found = new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) };
			}
		}
		return found;
	}

	private static MatchResult last(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		MatchResult result = null;
		while (m.find()) {
			result = m.toMatchResult();
		}
		return result;
	}

	private static int quarterNumber(String q) {
		return switch (q) {
			case "i", "1" -> 1;
			case "ii", "2" -> 2;
			case "iii", "3" -> 3;
			default -> 4;
		};
	}

}
