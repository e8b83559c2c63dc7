package vn.hanoi.plantracker.report;

import vn.hanoi.plantracker.system.Localized;

/** A key area of the plan, as a filter choice. */
record AreaChoice(long id, int ordinal, String titleVi, String titleEn) {

	public String title() {
		return Localized.pick(this.titleVi, this.titleEn);
	}

}
