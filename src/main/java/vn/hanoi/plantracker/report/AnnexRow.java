package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One task's line of the plan annex: its agencies, deadline, the latest reports of its
 * agencies and where it stands at the as-of date.
 */
record AnnexRow(String code, String titleVi, String titleEn, List<String> leadVi, List<String> leadEn,
		List<String> supportVi, List<String> supportEn, LocalDate firstDue, LocalDate lastDue, long total,
		long completed, long late, long overdue, long started, List<String> resultsVi, List<String> resultsEn,
		List<String> difficultiesVi, List<String> difficultiesEn) {

	enum Standing {

		DONE_ON_TIME, DONE_LATE, IN_PROGRESS, OVERDUE, NOT_STARTED

	}

	/**
	 * A task is done when every assignment of it is, late if any was; overdue if any open
	 * one is; in progress if any has started.
	 */
	Standing standing() {
		if (this.total > 0 && this.completed == this.total) {
			return (this.late > 0) ? Standing.DONE_LATE : Standing.DONE_ON_TIME;
		}
		if (this.overdue > 0) {
			return Standing.OVERDUE;
		}
		return (this.started > 0) ? Standing.IN_PROGRESS : Standing.NOT_STARTED;
	}

}
