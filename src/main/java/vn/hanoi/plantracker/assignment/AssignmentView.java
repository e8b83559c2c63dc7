package vn.hanoi.plantracker.assignment;

import java.time.Instant;
import java.time.LocalDate;

import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.system.Localized;

/** Everything the assignment page shows about the assignment itself and its task. */
public record AssignmentView(long id, long version, long taskId, String taskCode, String taskTitleVi,
		String taskTitleEn, String taskDescriptionVi, String taskDescriptionEn, String outputVi, String outputEn,
		int areaOrdinal, String areaTitleVi, String areaTitleEn, long planId, String planNumber, long agencyId,
		String agencyNameVi, String agencyNameEn, AgencyRole role, boolean requested, String period, LocalDate dueDate,
		LocalDate originalDueDate, AssignmentStatus status, int percent, LocalDate completedOn, Instant lastUpdateAt,
		boolean closed) implements AssignmentDeadline {

	public String taskTitle() {
		return Localized.pick(this.taskTitleVi, this.taskTitleEn);
	}

	public String taskDescription() {
		return Localized.pick(this.taskDescriptionVi, this.taskDescriptionEn);
	}

	public String output() {
		return Localized.pick(this.outputVi, this.outputEn);
	}

	public String areaTitle() {
		return Localized.pick(this.areaTitleVi, this.areaTitleEn);
	}

	public String agencyName() {
		return Localized.pick(this.agencyNameVi, this.agencyNameEn);
	}

	public boolean lead() {
		return this.role == AgencyRole.LEAD;
	}

}
