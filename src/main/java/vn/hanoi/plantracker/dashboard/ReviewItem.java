package vn.hanoi.plantracker.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.hanoi.plantracker.system.Localized;
import vn.hanoi.plantracker.system.Today;

/**
 * A submitted assignment waiting for the coordinator: the submission (when, by whom, its
 * note and evidence) and the version the decision forms carry.
 */
public record ReviewItem(long id, long version, String taskCode, String taskTitleVi, String taskTitleEn,
		String agencyNameVi, String agencyNameEn, String period, LocalDate dueDate, Instant submittedAt,
		String submittedBy, String note, String documentRef, long updateId, List<EvidenceLink> evidence) {

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

	ReviewItem withEvidence(List<EvidenceLink> files) {
		return new ReviewItem(this.id, this.version, this.taskCode, this.taskTitleVi, this.taskTitleEn,
				this.agencyNameVi, this.agencyNameEn, this.period, this.dueDate, this.submittedAt, this.submittedBy,
				this.note, this.documentRef, this.updateId, files);
	}

	/** An evidence file of the submission, downloaded at {@code /evidence/{id}}. */
	public record EvidenceLink(long id, long updateId, String name) {

	}

}
