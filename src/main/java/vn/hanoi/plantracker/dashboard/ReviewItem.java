package vn.hanoi.plantracker.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.system.Localized;
import vn.hanoi.plantracker.system.Today;

/**
 * A submitted assignment waiting for the coordinator: the submission (when, by whom, its
 * note and evidence) and the version the decision forms carry.
 */
public record ReviewItem(long id, long version, String taskCode, String taskTitleVi, String taskTitleEn,
		String agencyNameVi, String agencyNameEn, String period, LocalDate dueDate, Instant submittedAt,
		String submittedBy, String note, String documentRef, long updateId, List<EvidenceLink> evidence,
		List<ReturnReason> returns) {

	public String taskTitle() {
		return Localized.pick(this.taskTitleVi, this.taskTitleEn);
	}

	public String agencyName() {
		return Localized.pick(this.agencyNameVi, this.agencyNameEn);
	}

	/** When it was submitted, in Hanoi time. */
	public LocalDateTime submittedAtHanoi() {
		return LocalDateTime.ofInstant(this.submittedAt, Today.ZONE);
	}

	/**
	 * How many days after its due date the work was sent (0 when sent on or before it):
	 * the lateness the review decides on. Submitted work is not overdue while it waits.
	 */
	public long daysLate() {
		return Math.max(0, -Deadlines.daysLeft(this.dueDate, submittedAtHanoi().toLocalDate()));
	}

	/** Sent again after the coordinator returned it. */
	public boolean resubmitted() {
		return !this.returns.isEmpty();
	}

	ReviewItem with(List<EvidenceLink> files, List<ReturnReason> returnReasons) {
		return new ReviewItem(this.id, this.version, this.taskCode, this.taskTitleVi, this.taskTitleEn,
				this.agencyNameVi, this.agencyNameEn, this.period, this.dueDate, this.submittedAt, this.submittedBy,
				this.note, this.documentRef, this.updateId, files, returnReasons);
	}

	/**
	 * An evidence file of the assignment, from any of its updates, downloaded at
	 * {@code /evidence/{id}}.
	 */
	public record EvidenceLink(long id, long assignmentId, String name, String contentType, long sizeBytes,
			Instant uploadedAt, String uploadedBy) {

		public LocalDateTime uploadedAtHanoi() {
			return LocalDateTime.ofInstant(this.uploadedAt, Today.ZONE);
		}

		/** The file's kind as users know it: PDF, DOCX, PNG… from its name. */
		public String type() {
			int dot = this.name.lastIndexOf('.');
			return (dot >= 0 && dot < this.name.length() - 1) ? this.name.substring(dot + 1).toUpperCase(Locale.ROOT)
					: this.contentType;
		}

		public String sizeText() {
			if (this.sizeBytes < 1024) {
				return this.sizeBytes + " B";
			}
			if (this.sizeBytes < 1024 * 1024) {
				return ((this.sizeBytes + 1023) / 1024) + " KB";
			}
			return String.format(Locale.ROOT, "%.1f MB", this.sizeBytes / (1024.0 * 1024.0));
		}

	}

	/** An earlier return of this assignment: when, by whom, why. */
	public record ReturnReason(long assignmentId, Instant returnedAt, String returnedBy, String reason) {

		public LocalDateTime returnedAtHanoi() {
			return LocalDateTime.ofInstant(this.returnedAt, Today.ZONE);
		}

	}

}
