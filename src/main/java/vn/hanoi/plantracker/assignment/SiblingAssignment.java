package vn.hanoi.plantracker.assignment;

import java.time.Instant;
import java.time.LocalDate;

import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.system.Localized;

/**
 * Another agency's assignment on the same task and period, with its latest report: what
 * the lead agency rolls up into its own submission. Supporting agencies get
 * {@link #statusOnly()}.
 */
public record SiblingAssignment(long id, String agencyNameVi, String agencyNameEn, AgencyRole role, boolean requested,
		AssignmentStatus status, int percent, LocalDate dueDate, Instant lastUpdateAt, String lastNote,
		String lastDocumentRef) {

	/** The same row without the latest report's note, date and document reference. */
	public SiblingAssignment statusOnly() {
		return new SiblingAssignment(this.id, this.agencyNameVi, this.agencyNameEn, this.role, this.requested,
				this.status, this.percent, this.dueDate, null, null, null);
	}

	public String agencyName() {
		return Localized.pick(this.agencyNameVi, this.agencyNameEn);
	}

}
