package vn.hanoi.plantracker.report;

import java.time.LocalDate;

import vn.hanoi.plantracker.system.Localized;

/** The plan a report is about, as its heading names it. */
public record PlanHeading(long id, String number, LocalDate issuedOn, String titleVi, String titleEn) {

	public String title() {
		return Localized.pick(this.titleVi, this.titleEn);
	}

}
