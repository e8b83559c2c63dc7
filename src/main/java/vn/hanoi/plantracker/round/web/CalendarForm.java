package vn.hanoi.plantracker.round.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import vn.hanoi.plantracker.round.ReportingCalendar;

/**
 * The coordinator's edit of one reporting calendar entry: the due day and month, how many
 * days before it the round opens, and the version the form was opened with.
 */
class CalendarForm {

	@NotNull(message = "{uxr.calendar.error.day}")
	@Min(value = 1, message = "{uxr.calendar.error.day}")
	@Max(value = 31, message = "{uxr.calendar.error.day}")
	private Integer dueDay;

	@NotNull(message = "{uxr.calendar.error.month}")
	@Min(value = 1, message = "{uxr.calendar.error.month}")
	@Max(value = 12, message = "{uxr.calendar.error.month}")
	private Integer dueMonth;

	@NotNull(message = "{uxr.calendar.error.openDays}")
	@Min(value = 0, message = "{uxr.calendar.error.openDays}")
	@Max(value = ReportingCalendar.MAX_OPEN_DAYS, message = "{uxr.calendar.error.openDays}")
	private Integer openDaysBefore;

	private long version = -1;

	static CalendarForm of(ReportingCalendar.Entry entry) {
		CalendarForm form = new CalendarForm();
		form.dueDay = entry.dueDay();
		form.dueMonth = entry.dueMonth();
		form.openDaysBefore = entry.openDaysBefore();
		form.version = entry.version();
		return form;
	}

	public Integer getDueDay() {
		return this.dueDay;
	}

	public void setDueDay(Integer dueDay) {
		this.dueDay = dueDay;
	}

	public Integer getDueMonth() {
		return this.dueMonth;
	}

	public void setDueMonth(Integer dueMonth) {
		this.dueMonth = dueMonth;
	}

	public Integer getOpenDaysBefore() {
		return this.openDaysBefore;
	}

	public void setOpenDaysBefore(Integer openDaysBefore) {
		this.openDaysBefore = openDaysBefore;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
