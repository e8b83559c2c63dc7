package vn.hanoi.plantracker.system;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one wording of a reporting period, in the reader's language: {@code 2025-H1} is "6
 * tháng đầu năm 2025" / "First half of 2025", {@code 2025} "Năm 2025" / "Year 2025",
 * {@code 2025-2026} "Năm học 2025–2026" / "School year 2025–2026", and a one-off task's
 * empty period "Một lần" / "One-off". Pages use it as {@code ${@periodNames.of(period)}};
 * exports call {@link #of(MessageSource, String, Locale)}.
 */
@Component("periodNames")
public class PeriodNames {

	private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

	private final MessageSource messages;

	PeriodNames(MessageSource messages) {
		this.messages = messages;
	}

	/** The period in the language of the current request. */
	public String of(String period) {
		return of(this.messages, period, LocaleContextHolder.getLocale());
	}

	public static String of(MessageSource messages, String period, Locale locale) {
		if (period == null || period.isEmpty()) {
			return messages.getMessage("period.once", null, locale);
		}
		Matcher half = HALF.matcher(period);
		if (half.matches()) {
			// years as text: a number argument would be written 2.025
			String key = "1".equals(half.group(2)) ? "period.half1" : "period.half2";
			return messages.getMessage(key, new Object[] { half.group(1) }, locale);
		}
		if (YEAR.matcher(period).matches()) {
			return messages.getMessage("period.year", new Object[] { period }, locale);
		}
		Matcher school = SCHOOL_YEAR.matcher(period);
		if (school.matches()) {
			return messages.getMessage("period.schoolYear", new Object[] { school.group(1), school.group(2) }, locale);
		}
		return period;
	}

}
