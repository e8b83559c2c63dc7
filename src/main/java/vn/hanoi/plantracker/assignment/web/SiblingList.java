package vn.hanoi.plantracker.assignment.web;

import java.time.LocalDate;
import java.util.List;

import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.assignment.SiblingAssignment;

/**
 * The other agencies on a task as the assignment page shows them: a count by status for
 * all of them, and one page of rows. A city-wide task has 126 wards and communes; listing
 * them all made the page six phone screens tall.
 *
 * @param total how many other agencies
 * @param completed accepted
 * @param submitted waiting for review
 * @param overdue open and past the due date
 * @param inProgress open, not overdue, started
 * @param notStarted open, not overdue, not started
 * @param rows this page of them
 * @param page this page, from 1
 * @param pages how many pages
 */
record SiblingList(int total, int completed, int submitted, int overdue, int inProgress, int notStarted,
		List<SiblingAssignment> rows, int page, int pages) {

	static final int PAGE_SIZE = 10;

	/** A page past the end shows the last page; one before the start, the first. */
	static SiblingList of(List<SiblingAssignment> all, int requestedPage, LocalDate today) {
		int completed = 0;
		int submitted = 0;
		int overdue = 0;
		int inProgress = 0;
		int notStarted = 0;
		for (SiblingAssignment s : all) {
			if (s.status() == AssignmentStatus.COMPLETED) {
				completed++;
			}
			else if (s.status() == AssignmentStatus.SUBMITTED) {
				submitted++;
			}
			else if (today != null && s.dueDate() != null && s.dueDate().isBefore(today)) {
				overdue++;
			}
			else if (s.status() == AssignmentStatus.NOT_STARTED) {
				notStarted++;
			}
			else {
				inProgress++;
			}
		}
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(Math.max(1, requestedPage), pages);
		List<SiblingAssignment> rows = all.subList((page - 1) * PAGE_SIZE, Math.min(all.size(), page * PAGE_SIZE));
		return new SiblingList(all.size(), completed, submitted, overdue, inProgress, notStarted, rows, page, pages);
	}

	public boolean isPaged() {
		return this.pages > 1;
	}

}
