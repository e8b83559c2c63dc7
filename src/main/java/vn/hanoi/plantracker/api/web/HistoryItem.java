package vn.hanoi.plantracker.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.assignment.HistoryEntry;

/**
 * One entry of an assignment's history, with the files attached to it (not their
 * content).
 */
record HistoryItem(long id, Instant createdAt, String authorName, String authorAgencyVi, String authorAgencyEn,
		String kind, AssignmentStatus statusBefore, AssignmentStatus statusAfter, int percent, String note,
		String documentRef, LocalDate dueDateBefore, LocalDate dueDateAfter, String difficulties, String proposals,
		List<FileItem> files) {

	/** An attached file: name, type, size and SHA-256. */
	record FileItem(long id, String name, String contentType, long size, String sha256) {

	}

	static HistoryItem of(HistoryEntry e) {
		return new HistoryItem(e.id(), e.createdAt(), e.authorName(), e.authorAgencyVi(), e.authorAgencyEn(),
				e.kind().name(), e.statusBefore(), e.statusAfter(), e.percent(), e.note(), e.documentRef(),
				e.dueDateBefore(), e.dueDateAfter(), e.difficulties(), e.proposals(),
				e.files()
					.stream()
					.map((f) -> new FileItem(f.id(), f.name(), f.contentType(), f.size(), f.sha256()))
					.toList());
	}

}
