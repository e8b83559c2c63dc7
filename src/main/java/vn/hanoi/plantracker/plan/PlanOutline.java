package vn.hanoi.plantracker.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan's heading, its key areas in order, and which tasks of a selection had a
 * provisional deadline at a moment ({@link PlanQueries#outline}).
 */
public record PlanOutline(long id, String number, LocalDate issuedOn, String titleVi, String titleEn, List<Area> areas,
		ProvisionalTasks provisional) {

	PlanOutline withProvisional(ProvisionalTasks tasks) {
		return new PlanOutline(this.id, this.number, this.issuedOn, this.titleVi, this.titleEn, List.copyOf(this.areas),
				tasks);
	}

	/** A key area: its id, number and title in both languages. */
	public record Area(long id, int ordinal, String titleVi, String titleEn) {

	}

}
