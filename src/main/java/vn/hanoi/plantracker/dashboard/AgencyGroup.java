package vn.hanoi.plantracker.dashboard;

import java.util.List;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.system.Localized;

/**
 * One agency on the dashboard: how many of its assignments are in the list, the largest
 * number of days overdue (negative: days left), whether it only takes part on request,
 * and its rows.
 */
public record AgencyGroup(long agencyId, String nameVi, String nameEn, AgencyKind kind, boolean requestOnly, long count,
		long maxDaysOverdue, List<DashboardRow> rows) {

	public String name() {
		return Localized.pick(this.nameVi, this.nameEn);
	}

	AgencyGroup withRows(List<DashboardRow> newRows) {
		return new AgencyGroup(this.agencyId, this.nameVi, this.nameEn, this.kind, this.requestOnly, this.count,
				this.maxDaysOverdue, newRows);
	}

}
