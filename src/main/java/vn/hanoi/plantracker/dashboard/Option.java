package vn.hanoi.plantracker.dashboard;

import vn.hanoi.plantracker.system.Localized;

/** A choice in a filter: an id and its bilingual label. */
public record Option(long id, String labelVi, String labelEn) {

	public String label() {
		return Localized.pick(this.labelVi, this.labelEn);
	}

}
