package vn.hanoi.plantracker.system;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, percentages and months written one way per language, on every page and export
 * alike: 1.662 and 75% in Vietnamese, 1,662 and 75% in English (whole percentages, no
 * space, as the reports have always shown them), months as 12/2025 in both. Templates
 * call it as {@code ${@fmt.n(count)}}, {@code ${@fmt.pct(rate)}} and
 * {@code ${@fmt.month(month)}}, in the language of the request.
 */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	/** A whole number with the grouping of the request's language; "" for null. */
	public String n(Number value) {
		return (value != null) ? number(value.longValue(), LocaleContextHolder.getLocale()) : "";
	}

	/** A whole percentage ("75%", "1.250%"), or "—" when there is none. */
	public String pct(Number value) {
		return (value != null) ? percent(value.longValue(), LocaleContextHolder.getLocale()) : "—";
	}

	/** A month as both languages write it: 12/2025. */
	public String month(YearMonth month) {
		return monthOf(month);
	}

	/** A month as both languages write it: 12/2025. */
	public static String monthOf(YearMonth month) {
		return (month != null) ? MONTH.format(month) : "";
	}

	/**
	 * A whole number with the language's grouping: 1.662 in Vietnamese, 1,662 in English.
	 */
	public static String number(long value, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	/** A whole percentage in the language's grouping, with no space before the sign. */
	public static String percent(long value, Locale locale) {
		return number(value, locale) + "%";
	}

}
