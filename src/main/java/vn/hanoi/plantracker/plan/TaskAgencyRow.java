package vn.hanoi.plantracker.plan;

import vn.hanoi.plantracker.system.Localized;

/** An agency named by a task, for the task page. */
public record TaskAgencyRow(Long agencyId, String nameVi, String nameEn, AgencyRole role, boolean requested) {

	public String name() {
		return Localized.pick(this.nameVi, this.nameEn);
	}

}
