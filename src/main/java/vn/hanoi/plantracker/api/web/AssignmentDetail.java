package vn.hanoi.plantracker.api.web;

import java.time.Instant;
import java.time.LocalDate;

import vn.hanoi.plantracker.assignment.AssignmentReading.AssignmentPage;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.assignment.AssignmentView;

/**
 * One assignment with its task, area, plan and agency; {@code version} goes back with a
 * progress report; {@code canReport} says whether the caller may send one.
 */
record AssignmentDetail(long id, long version, long planId, String planNumber, int areaOrdinal, long taskId,
		String taskCode, String taskTitleVi, String taskTitleEn, long agencyId, String agencyNameVi,
		String agencyNameEn, String role, boolean requested, String period, LocalDate dueDate,
		LocalDate originalDueDate, AssignmentStatus status, int percent, LocalDate completedOn, Instant lastUpdateAt,
		boolean overdue, boolean closed, boolean canReport) {

	static AssignmentDetail of(AssignmentPage page, LocalDate today) {
		AssignmentView a = page.assignment();
		return new AssignmentDetail(a.id(), a.version(), a.planId(), a.planNumber(), a.areaOrdinal(), a.taskId(),
				a.taskCode(), a.taskTitleVi(), a.taskTitleEn(), a.agencyId(), a.agencyNameVi(), a.agencyNameEn(),
				a.role().name(), a.requested(), a.period(), a.dueDate(), a.originalDueDate(), a.status(), a.percent(),
				a.completedOn(), a.lastUpdateAt(), a.overdue(today), a.closed(), page.canReport());
	}

}
