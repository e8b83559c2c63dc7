package vn.hanoi.plantracker.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.hanoi.plantracker.system.Localized;

/**
 * One entry of an assignment's history, with who wrote it and the files attached to it.
 */
public record HistoryEntry(long id, Instant createdAt, String authorName, String authorAgencyVi, String authorAgencyEn,
		UpdateKind kind, AssignmentStatus statusBefore, AssignmentStatus statusAfter, int percent, String note,
		String documentRef, LocalDate dueDateBefore, LocalDate dueDateAfter, String difficulties, String proposals,
		List<EvidenceMeta> files) {

	public String authorAgency() {
		return Localized.pick(this.authorAgencyVi, this.authorAgencyEn);
	}

	/** An officer's report (progress or submission), which may carry difficulties. */
	public boolean isReport() {
		return this.kind == UpdateKind.PROGRESS || this.kind == UpdateKind.SUBMIT;
	}

	HistoryEntry withFiles(List<EvidenceMeta> attached) {
		return new HistoryEntry(this.id, this.createdAt, this.authorName, this.authorAgencyVi, this.authorAgencyEn,
				this.kind, this.statusBefore, this.statusAfter, this.percent, this.note, this.documentRef,
				this.dueDateBefore, this.dueDateAfter, this.difficulties, this.proposals, attached);
	}

}
