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
