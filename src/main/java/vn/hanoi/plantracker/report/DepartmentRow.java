package vn.hanoi.plantracker.report;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.system.Localized;
import vn.hanoi.plantracker.standing.Counts;

/** One agency's line on the department progress report. */
public record DepartmentRow(long agencyId, String code, String nameVi, String nameEn, AgencyKind kind, Counts counts,
		RagRating rag) {

	public String name() {
		return Localized.pick(this.nameVi, this.nameEn);
	}

}
