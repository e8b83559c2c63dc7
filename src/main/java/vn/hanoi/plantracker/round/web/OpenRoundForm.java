package vn.hanoi.plantracker.round.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hanoi.plantracker.round.RoundKind;

/** The coordinator's choice of plan, kind and year; the due day is optional. */
class OpenRoundForm {

	@NotNull
	private Long planId;

	@NotNull
	private RoundKind kind = RoundKind.HALF_YEAR;

	@NotNull
	@Min(2020)
	@Max(2100)
	private Integer year;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	public Long getPlanId() {
		return this.planId;
	}

	public void setPlanId(Long planId) {
		this.planId = planId;
	}

	public RoundKind getKind() {
		return this.kind;
	}

	public void setKind(RoundKind kind) {
		this.kind = kind;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

}
