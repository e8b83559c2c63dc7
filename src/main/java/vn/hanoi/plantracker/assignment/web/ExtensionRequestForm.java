package vn.hanoi.plantracker.assignment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hanoi.plantracker.assignment.ExtensionRequestCommand;

/** The officer's extension request: the date asked for and the reason. */
class ExtensionRequestForm {

	@NotNull(message = "{extension.dateRequired}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate requestedDueDate;

	@Size(max = 2000, message = "{extension.reasonSize}")
	private String reason;

	ExtensionRequestCommand toCommand() {
		return new ExtensionRequestCommand(this.requestedDueDate, this.reason);
	}

	public LocalDate getRequestedDueDate() {
		return this.requestedDueDate;
	}

	public void setRequestedDueDate(LocalDate requestedDueDate) {
		this.requestedDueDate = requestedDueDate;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
