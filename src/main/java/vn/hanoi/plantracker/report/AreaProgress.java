package vn.hanoi.plantracker.report;

import vn.hanoi.plantracker.system.Localized;
import vn.hanoi.plantracker.standing.Counts;

/** One key area's line on the summary. */
record AreaProgress(long areaId, int ordinal, String titleVi, String titleEn, Counts counts) {

	public String title() {
		return Localized.pick(this.titleVi, this.titleEn);
	}

}
