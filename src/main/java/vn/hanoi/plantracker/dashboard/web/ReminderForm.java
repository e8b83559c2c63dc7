package vn.hanoi.plantracker.dashboard.web;

import java.util.List;

import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.dashboard.Reminders.ReminderRequest;

/**
 * A reminder from the dashboard: one agency's overdue rows, or the selected rows, with an
 * optional message; {@code returnTo} brings the coordinator back to the same view.
 */
class ReminderForm {

	private Long agencyId;

	private List<Long> assignmentIds;

	@Size(max = 1000, message = "{reminder.messageTooLong}")
	private String message;

	private String returnTo;

	ReminderRequest toRequest() {
		return new ReminderRequest(this.agencyId, (this.assignmentIds != null) ? this.assignmentIds : List.of(),
				this.message);
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public List<Long> getAssignmentIds() {
		return this.assignmentIds;
	}

	public void setAssignmentIds(List<Long> assignmentIds) {
		this.assignmentIds = assignmentIds;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getReturnTo() {
		return this.returnTo;
	}

	public void setReturnTo(String returnTo) {
		this.returnTo = returnTo;
	}

}
