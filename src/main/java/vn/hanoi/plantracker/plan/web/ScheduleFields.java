package vn.hanoi.plantracker.plan.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hanoi.plantracker.plan.Schedule;
import vn.hanoi.plantracker.plan.ScheduleKind;

/**
 * A task's schedule as the task form binds it: its kind, a due date or a month and day,
 * and whether the deadline is confirmed. Which fields a kind needs is the task editor's
 * rule, checked when the task is saved.
 */
abstract class ScheduleFields {

	@NotNull(message = "{taskEdit.kindRequired}")
	private ScheduleKind scheduleKind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	private Integer dueMonth;

	private Integer dueDay;

	private boolean deadlineConfirmed;

	final Schedule schedule() {
		return new Schedule(this.scheduleKind, this.dueDate, this.dueMonth, this.dueDay);
	}

	final void setSchedule(Schedule schedule, boolean confirmed) {
		this.scheduleKind = schedule.kind();
		this.dueDate = schedule.dueDate();
		this.dueMonth = schedule.dueMonth();
		this.dueDay = schedule.dueDay();
		this.deadlineConfirmed = confirmed;
	}

	public ScheduleKind getScheduleKind() {
		return this.scheduleKind;
	}

	public void setScheduleKind(ScheduleKind scheduleKind) {
		this.scheduleKind = scheduleKind;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public Integer getDueMonth() {
		return this.dueMonth;
	}

	public void setDueMonth(Integer dueMonth) {
		this.dueMonth = dueMonth;
	}

	public Integer getDueDay() {
		return this.dueDay;
	}

	public void setDueDay(Integer dueDay) {
		this.dueDay = dueDay;
	}

	public boolean isDeadlineConfirmed() {
		return this.deadlineConfirmed;
	}

	public void setDeadlineConfirmed(boolean deadlineConfirmed) {
		this.deadlineConfirmed = deadlineConfirmed;
	}

}
