package vn.hanoi.plantracker.assignment.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.assignment.ReviewCommand;

/**
 * The coordinator's accept or return form: the version reviewed and a note (the reason,
 * when returning).
 */
public class ReviewForm {

	@NotNull
	private Long version;

	@Size(max = 4000, message = "{validation.note.size}")
	private String note;

	ReviewCommand toCommand() {
		return new ReviewCommand(this.version, this.note);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
