package vn.hanoi.plantracker.dashboard;

import java.util.List;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.system.Localized;

/**
 * One agency on the dashboard: how many of its assignments are in the list, the largest
 * number of days overdue (negative: days left), whether it only takes part on request,
 * and, when the group is open, one page of its rows ({@code loaded} is null while it is
 * closed: its rows are loaded when it is opened).
 */
public record AgencyGroup(long agencyId, String nameVi, String nameEn, AgencyKind kind, boolean requestOnly, long count,
		long maxDaysOverdue, GroupRows loaded) {

	public String name() {
		return Localized.pick(this.nameVi, this.nameEn);
	}

	public boolean open() {
		return this.loaded != null;
	}

	/** The rows shown (none while the group is closed). */
	public List<DashboardRow> rows() {
		return (this.loaded != null) ? this.loaded.rows() : List.of();
	}

	AgencyGroup withRows(GroupRows newRows) {
		return new AgencyGroup(this.agencyId, this.nameVi, this.nameEn, this.kind, this.requestOnly, this.count,
				this.maxDaysOverdue, newRows);
	}

}
