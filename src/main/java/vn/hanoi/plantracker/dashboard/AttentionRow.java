package vn.hanoi.plantracker.dashboard;

import vn.hanoi.plantracker.system.Localized;

/**
 * An agency with assignments overdue long enough for the leadership to step in: how many
 * and the longest overdue, in days.
 */
public record AttentionRow(long agencyId, String agencyNameVi, String agencyNameEn, long count, long maxDaysOverdue) {

	public String agencyName() {
		return Localized.pick(this.agencyNameVi, this.agencyNameEn);
	}

}
