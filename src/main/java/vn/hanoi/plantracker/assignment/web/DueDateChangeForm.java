package vn.hanoi.plantracker.assignment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hanoi.plantracker.assignment.DueDateChangeCommand;

/**
 * The coordinator's direct due-date change: the version seen, the new date, the reason.
 */
class DueDateChangeForm {

	@NotNull
	private Long version;

	@NotNull(message = "{deadline.change.dateRequired}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate newDueDate;

	@Size(max = 2000, message = "{extension.reasonSize}")
	private String reason;

	DueDateChangeCommand toCommand() {
		return new DueDateChangeCommand(this.version, this.newDueDate, this.reason);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public LocalDate getNewDueDate() {
		return this.newDueDate;
	}

	public void setNewDueDate(LocalDate newDueDate) {
		this.newDueDate = newDueDate;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
