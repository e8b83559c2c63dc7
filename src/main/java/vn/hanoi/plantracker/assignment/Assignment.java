package vn.hanoi.plantracker.assignment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.plan.Task;

/**
 * One agency's responsibility for one task in one period. Its state is a projection of
 * its append-only {@link ProgressUpdate}s: every change goes through {@link #apply},
 * which returns the entry to store in the same transaction.
 */
@Entity
public class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "task_id")
	private Task task;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agency_id")
	private Agency agency;

	@Enumerated(EnumType.STRING)
	private AgencyRole role;

	private boolean requested;

	private String period;

	private LocalDate originalDueDate;

	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private AssignmentStatus status;

	private short percentComplete;

	private LocalDate completedOn;

	private Instant lastUpdateAt;

	private Instant closedAt;

	/**
	 * The instant of the latest change, from the application's clock: the temporal read
	 * model ({@code assignment_state}) starts a new range there.
	 */
	private Instant changedAt;

	/**
	 * The Hanoi date the latest submission was sent. (Its instant, {@code submitted_at},
	 * the review queue's order, is not mapped: the database writes it, alone, from the
	 * history entry whoever writes it: trigger {@code assignment_submitted_at_track},
	 * V151.)
	 */
	private LocalDate submittedOn;

	private String closedReason;

	@Version
	private long version;

	protected Assignment() {
	}

	/**
	 * Moves the assignment to {@code target} with {@code percent} and returns the history
	 * entry that records it. Completed-on is set only by acceptance, to {@code today}.
	 */
	ProgressUpdate apply(UpdateKind kind, AssignmentStatus target, int percent, String note, String documentRef,
			vn.hanoi.plantracker.user.UserAccount author, Instant at, LocalDate today) {
		ProgressUpdate update = new ProgressUpdate(this, author, at, kind, this.status, target, percent, note,
				documentRef);
		this.status = target;
		this.percentComplete = (short) percent;
		this.completedOn = (target == AssignmentStatus.COMPLETED) ? today : null;
		if (kind == UpdateKind.SUBMIT) {
			this.submittedOn = today;
		}
		this.lastUpdateAt = at;
		this.changedAt = at;
		return update;
	}

	/**
	 * Moves the due date and returns the history entry that records it; the original due
	 * date is kept for ever, and lateness is judged against the new date.
	 */
	ProgressUpdate changeDueDate(LocalDate newDueDate, String reason, vn.hanoi.plantracker.user.UserAccount author,
			Instant at) {
		ProgressUpdate update = ProgressUpdate.deadlineChange(this, author, at, reason, this.dueDate, newDueDate);
		this.dueDate = newDueDate;
		this.changedAt = at;
		return update;
	}

	/**
	 * Refuses a change made on a form opened on an older version: someone else saved in
	 * between.
	 */
	void requireVersion(long formVersion) {
		if (this.version != formVersion) {
			throw new StaleAssignmentException(this.id);
		}
	}

	public Long getId() {
		return this.id;
	}

	public Task getTask() {
		return this.task;
	}

	public Agency getAgency() {
		return this.agency;
	}

	public AgencyRole getRole() {
		return this.role;
	}

	public boolean isRequested() {
		return this.requested;
	}

	public String getPeriod() {
		return this.period;
	}

	public LocalDate getOriginalDueDate() {
		return this.originalDueDate;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public AssignmentStatus getStatus() {
		return this.status;
	}

	public int getPercentComplete() {
		return this.percentComplete;
	}

	/** The day the coordinator accepted the work. */
	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	/**
	 * The day the latest submission was sent: for accepted work, the completion date of
	 * the metrics.
	 */
	public LocalDate getSubmittedOn() {
		return this.submittedOn;
	}

	public Instant getLastUpdateAt() {
		return this.lastUpdateAt;
	}

	public boolean isClosed() {
		return this.closedAt != null;
	}

	public String getClosedReason() {
		return this.closedReason;
	}

	public long getVersion() {
		return this.version;
	}

}
