package vn.hanoi.plantracker.assignment.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.assignment.ExtensionDecisionCommand;

/**
 * The coordinator's decision on a request; {@code fromList} sends the coordinator back to
 * the list of pending requests rather than to the assignment.
 */
public class ExtensionDecisionForm {

	@NotNull
	private Long version;

	@Size(max = 2000, message = "{extension.reasonSize}")
	private String note;

	private boolean fromList;

	ExtensionDecisionCommand toCommand() {
		return new ExtensionDecisionCommand(this.version, this.note);
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

	public boolean isFromList() {
		return this.fromList;
	}

	public void setFromList(boolean fromList) {
		this.fromList = fromList;
	}

}
