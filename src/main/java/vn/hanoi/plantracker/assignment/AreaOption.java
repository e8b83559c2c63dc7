package vn.hanoi.plantracker.assignment;

import vn.hanoi.plantracker.system.Localized;

/** A key area an agency has assignments in, for the filter. */
record AreaOption(int ordinal, String titleVi, String titleEn) {

	public String title() {
		return Localized.pick(this.titleVi, this.titleEn);
	}

}
