package vn.hanoi.plantracker.assignment.web;

import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.assignment.ReviewCommand;

/**
 * The coordinator's accept or return form: the version reviewed and a note (the reason,
 * when returning).
 */
class ReviewForm extends VersionedNoteForm {

	ReviewCommand toCommand() {
		return new ReviewCommand(getVersion(), getNote());
	}

	@Override
	@Size(max = 4000, message = "{validation.note.size}")
	public String getNote() {
		return super.getNote();
	}

}
