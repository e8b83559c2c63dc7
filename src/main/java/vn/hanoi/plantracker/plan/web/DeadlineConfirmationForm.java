package vn.hanoi.plantracker.plan.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hanoi.plantracker.plan.DeadlineConfirmationCommand;

/** The source document a coordinator confirms a task's deadline against. */
class DeadlineConfirmationForm {

	@NotNull(message = "{validation.version.required}")
	private Long version;

	@NotBlank(message = "{deadlineConfirm.numberRequired}")
	@Size(max = 100, message = "{deadlineConfirm.numberSize}")
	private String documentNumber;

	@NotNull(message = "{deadlineConfirm.dateRequired}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate documentDate;

	@Size(max = 2000, message = "{deadlineConfirm.noteSize}")
	private String note;

	DeadlineConfirmationCommand toCommand() {
		return new DeadlineConfirmationCommand(this.version, this.documentNumber, this.documentDate, this.note);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getDocumentNumber() {
		return this.documentNumber;
	}

	public void setDocumentNumber(String documentNumber) {
		this.documentNumber = documentNumber;
	}

	public LocalDate getDocumentDate() {
		return this.documentDate;
	}

	public void setDocumentDate(LocalDate documentDate) {
		this.documentDate = documentDate;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
