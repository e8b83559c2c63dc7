package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.util.List;

import vn.hanoi.plantracker.plan.TaskProgress;

/**
 * One task's line of the plan annex: its key area, agencies (lead and supporting city
 * bodies by name, wards and communes counted), deadline, output, progress by group of
 * agencies, the agencies' latest results and their latest difficulties and proposals, and
 * whether its deadline was provisional at the as-of date.
 */
record AnnexRow(long taskId, int areaOrdinal, String areaVi, String areaEn, String code, String titleVi, String titleEn,
		String outputVi, String outputEn, boolean provisional, String confirmedNumber, LocalDate confirmedOn,
		List<String> leadVi, List<String> leadEn, int leadLocal, List<String> supportVi, List<String> supportEn,
		int supportLocal, LocalDate firstDue, LocalDate lastDue, List<TaskProgress> progress, List<String> resultsVi,
		List<String> resultsEn, List<Concern> concernsVi, List<Concern> concernsEn) {

	/** One agency's latest difficulties ("khó khăn, vướng mắc") and proposals. */
	record Concern(String agency, String difficulties, String proposals) {

	}

}
