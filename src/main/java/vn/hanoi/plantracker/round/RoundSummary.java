package vn.hanoi.plantracker.round;

import java.time.LocalDate;

import vn.hanoi.plantracker.system.Localized;

/**
 * A round in the list: for the coordinator and leadership, how many required agencies
 * have sent their report; for an officer, where its own report stands.
 */
public record RoundSummary(long id, String titleVi, String titleEn, LocalDate periodStart, LocalDate periodEnd,
		LocalDate cutoffOn, LocalDate dueOn, RoundStatus status, long required, long sent, ReportStatus ownStatus) {

	public String title() {
		return Localized.pick(this.titleVi, this.titleEn);
	}

}
