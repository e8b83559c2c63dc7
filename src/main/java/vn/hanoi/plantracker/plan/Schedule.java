package vn.hanoi.plantracker.plan;

import java.time.LocalDate;

/**
 * When a task is due: a date for a one-off task, a month and day for yearly and
 * school-year tasks, nothing for ongoing ones (their reports are half-yearly).
 */
public record Schedule(ScheduleKind kind, LocalDate dueDate, Integer dueMonth, Integer dueDay) {

	/** The same schedule without the fields its kind does not use. */
	public Schedule normalized() {
		return switch (this.kind) {
			case FIXED -> new Schedule(this.kind, this.dueDate, null, null);
			case ANNUAL, SCHOOL_YEAR -> new Schedule(this.kind, null, this.dueMonth, this.dueDay);
			case ONGOING -> new Schedule(this.kind, null, null, null);
		};
	}

	/**
	 * Refuses a schedule without what its kind needs: a one-off task's due date, a yearly
	 * task's month and day (a day the month has).
	 */
	void requireComplete() {
		switch (this.kind) {
			case FIXED -> {
				if (this.dueDate == null) {
					throw new TaskEditException("taskEdit.dueDateRequired");
				}
			}
			case ANNUAL, SCHOOL_YEAR -> {
				if (this.dueMonth == null || this.dueDay == null || this.dueMonth < 1 || this.dueMonth > 12
						|| this.dueDay < 1 || this.dueDay > java.time.Month.of(this.dueMonth).maxLength()) {
					throw new TaskEditException("taskEdit.monthDayRequired");
				}
			}
			case ONGOING -> {
			}
		}
	}

}
