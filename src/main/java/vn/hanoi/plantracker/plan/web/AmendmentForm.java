package vn.hanoi.plantracker.plan.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The amending document: its number, date of issue and title. */
class AmendmentForm {

	@NotBlank(message = "{amendments.numberRequired}")
	@Size(max = 50, message = "{amendments.numberSize}")
	private String number;

	@NotNull(message = "{amendments.dateRequired}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issuedOn;

	@Size(max = 1000, message = "{taskEdit.textSize}")
	private String title;

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

}
