package vn.hanoi.plantracker.assignment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.hanoi.plantracker.user.UserAccount;

/**
 * An officer's request for a later due date on one of its agency's assignments. Decided
 * once, by the coordinator; never deleted.
 */
@Entity
@Table(name = "deadline_extension_request")
class ExtensionRequest extends AssignmentEntry {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "requested_by")
	private UserAccount requestedBy;

	private Instant requestedAt;

	@Column(name = "due_date_at_request")
	private LocalDate dueDateAtRequest;

	private LocalDate requestedDueDate;

	private String reason;

	@Enumerated(EnumType.STRING)
	private ExtensionStatus status;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "decided_by")
	private UserAccount decidedBy;

	private Instant decidedAt;

	private String decisionNote;

	@Version
	private long version;

	protected ExtensionRequest() {
	}

	ExtensionRequest(Assignment assignment, UserAccount requestedBy, Instant requestedAt, LocalDate requestedDueDate,
			String reason) {
		super(assignment);
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.dueDateAtRequest = assignment.getDueDate();
		this.requestedDueDate = requestedDueDate;
		this.reason = reason;
		this.status = ExtensionStatus.PENDING;
	}

	void decide(ExtensionStatus decision, UserAccount coordinator, Instant at, String note) {
		this.status = decision;
		this.decidedBy = coordinator;
		this.decidedAt = at;
		this.decisionNote = note;
	}

	LocalDate getRequestedDueDate() {
		return this.requestedDueDate;
	}

	String getReason() {
		return this.reason;
	}

	ExtensionStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

}
