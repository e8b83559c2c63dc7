package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.hanoi.plantracker.system.Localized;

/** The texts of one export, in the language of the request that asked for it. */
final class Labels {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	private final Locale locale;

	Labels(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String get(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	boolean english() {
		return Localized.isEnglish();
	}

	String pick(String vi, String en) {
		return "en".equals(this.locale.getLanguage()) ? en : vi;
	}

	/** Upper case in the export's language (titles and headings of the annex). */
	String upper(String text) {
		return text.toUpperCase(this.locale);
	}

	/**
	 * A date written out as Decree 30/2020 wants it: "ngày 05 tháng 01 năm 2026" (a zero
	 * before days below 10 and months 1 and 2), "5 January 2026" in English.
	 */
	String longDate(LocalDate date) {
		if ("en".equals(this.locale.getLanguage())) {
			return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(date);
		}
		String day = (date.getDayOfMonth() < 10) ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
		String month = (date.getMonthValue() <= 2) ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
		return "ngày " + day + " tháng " + month + " năm " + date.getYear();
	}

	/** A reporting period in words ("6 tháng đầu năm 2025"), never its stored code. */
	String period(String code) {
		return vn.hanoi.plantracker.system.PeriodNames.of(this.messages, code, this.locale);
	}

	/** A month as both languages write it: 12/2025. */
	static String month(java.time.YearMonth month) {
		return vn.hanoi.plantracker.system.Formats.monthOf(month);
	}

	/**
	 * A whole number with the language's grouping: 1.662 in Vietnamese, 1,662 in English.
	 */
	String number(long value) {
		return vn.hanoi.plantracker.system.Formats.number(value, this.locale);
	}

	static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** The filter lines written at the top of every export. */
	String[] filterLines(ReportFilter filter, PlanHeading plan, String areaTitle) {
		return new String[] { get("report.export.plan", plan.number(), date(plan.issuedOn())),
				get("report.export.asOf", date(filter.asOf())),
				get("report.export.filters",
						(filter.kind() != null) ? get("report.kind." + filter.kind()) : get("filter.any"),
						(areaTitle != null) ? areaTitle : get("filter.any")) };
	}

}
