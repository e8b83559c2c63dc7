package vn.hanoi.plantracker.assignment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;

import vn.hanoi.plantracker.user.UserAccount;

/**
 * One entry of an assignment's history. Never updated or deleted: a database trigger
 * refuses both.
 */
@Entity
@Immutable
class ProgressUpdate extends AssignmentEntry {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "author_id")
	private UserAccount author;

	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	private UpdateKind kind;

	@Enumerated(EnumType.STRING)
	private AssignmentStatus statusBefore;

	@Enumerated(EnumType.STRING)
	private AssignmentStatus statusAfter;

	private short percent;

	private String note;

	private String documentRef;

	private LocalDate dueDateBefore;

	private LocalDate dueDateAfter;

	private String difficulties;

	private String proposals;

	protected ProgressUpdate() {
	}

	ProgressUpdate(Assignment assignment, UserAccount author, Instant createdAt, UpdateKind kind,
			AssignmentStatus statusBefore, AssignmentStatus statusAfter, int percent, String note, String documentRef) {
		super(assignment);
		this.author = author;
		this.createdAt = createdAt;
		this.kind = kind;
		this.statusBefore = statusBefore;
		this.statusAfter = statusAfter;
		this.percent = (short) percent;
		this.note = note;
		this.documentRef = documentRef;
	}

	static ProgressUpdate deadlineChange(Assignment assignment, UserAccount author, Instant at, String reason,
			LocalDate before, LocalDate after) {
		ProgressUpdate update = new ProgressUpdate(assignment, author, at, UpdateKind.DEADLINE_CHANGE,
				assignment.getStatus(), assignment.getStatus(), assignment.getPercentComplete(), reason, null);
		update.dueDateBefore = before;
		update.dueDateAfter = after;
		return update;
	}

	/**
	 * The difficulties and proposals the agency reports with this update; set before the
	 * entry is saved, never after.
	 */
	void reportConcerns(String difficulties, String proposals) {
		this.difficulties = difficulties;
		this.proposals = proposals;
	}

	public String getDifficulties() {
		return this.difficulties;
	}

	public String getProposals() {
		return this.proposals;
	}

	public UpdateKind getKind() {
		return this.kind;
	}

	public AssignmentStatus getStatusAfter() {
		return this.statusAfter;
	}

	public String getNote() {
		return this.note;
	}

}
