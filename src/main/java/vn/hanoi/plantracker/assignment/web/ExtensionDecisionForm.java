package vn.hanoi.plantracker.assignment.web;

import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.assignment.ExtensionDecisionCommand;

/**
 * The coordinator's decision on a request; {@code fromList} sends the coordinator back to
 * the list of pending requests rather than to the assignment.
 */
class ExtensionDecisionForm extends VersionedNoteForm {

	private boolean fromList;

	ExtensionDecisionCommand toCommand() {
		return new ExtensionDecisionCommand(getVersion(), getNote());
	}

	@Override
	@Size(max = 2000, message = "{extension.reasonSize}")
	public String getNote() {
		return super.getNote();
	}

	public boolean isFromList() {
		return this.fromList;
	}

	public void setFromList(boolean fromList) {
		this.fromList = fromList;
	}

}
