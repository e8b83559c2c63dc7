package vn.hanoi.plantracker.plan;

import java.time.LocalDate;
import java.util.List;

import vn.hanoi.plantracker.system.Localized;

/**
 * One task on the plan page: what it is, who leads and supports it, and how its
 * assignments stand. Agency names are the first few (by agency order); the counts say how
 * many there are in all.
 */
public record TaskSummary(Long id, String code, String titleVi, String titleEn, int areaOrdinal, String areaTitleVi,
		String areaTitleEn, ScheduleKind scheduleKind, List<String> leadNamesVi, List<String> leadNamesEn,
		int leadCount, List<String> supportNamesVi, List<String> supportNamesEn, int supportCount, int total,
		int notStarted, int inProgress, int submitted, int returned, int completed, int overdue, LocalDate nextDue) {

	public static final int NAMES_SHOWN = 3;

	public String title() {
		return Localized.pick(this.titleVi, this.titleEn);
	}

	public String areaTitle() {
		return Localized.pick(this.areaTitleVi, this.areaTitleEn);
	}

	public List<String> leadNames() {
		return Localized.isEnglish() ? this.leadNamesEn : this.leadNamesVi;
	}

	public List<String> supportNames() {
		return Localized.isEnglish() ? this.supportNamesEn : this.supportNamesVi;
	}

	public int moreLeads() {
		return Math.max(0, this.leadCount - this.leadNames().size());
	}

	public int moreSupports() {
		return Math.max(0, this.supportCount - this.supportNames().size());
	}

	public int completedPercent() {
		return (this.total == 0) ? 0 : Math.round(100f * this.completed / this.total);
	}

}
