package vn.hanoi.plantracker.assignment;

import java.time.Instant;
import java.time.LocalDate;

import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.system.Localized;

/**
 * Another agency's assignment on the same task and period, with its latest report: what
 * the lead agency rolls up into its own submission.
 */
public record SiblingAssignment(long id, String agencyNameVi, String agencyNameEn, AgencyRole role, boolean requested,
		AssignmentStatus status, int percent, LocalDate dueDate, Instant lastUpdateAt, String lastNote,
		String lastDocumentRef) {

	public String agencyName() {
		return Localized.pick(this.agencyNameVi, this.agencyNameEn);
	}

}
