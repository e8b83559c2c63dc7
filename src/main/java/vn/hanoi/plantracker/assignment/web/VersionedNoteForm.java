package vn.hanoi.plantracker.assignment.web;

import jakarta.validation.constraints.NotNull;

/**
 * A coordinator's decision as typed: the version decided on and a note. Each decision
 * form adds its own size rule for the note (a review's reason and an extension's note are
 * kept to different lengths, each with its own message).
 */
abstract class VersionedNoteForm {

	@NotNull
	private Long version;

	private String note;

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
