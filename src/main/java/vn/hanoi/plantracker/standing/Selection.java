package vn.hanoi.plantracker.standing;

import java.time.LocalDate;

import vn.hanoi.plantracker.agency.AgencyKind;

/**
 * What a figure covers: one plan, optionally one kind of agency and one key area, as it
 * stood at the end of the as-of day.
 */
public record Selection(long planId, AgencyKind kind, Long areaId, LocalDate asOf) {

	/** The whole plan as of a day. */
	public static Selection of(long planId, LocalDate asOf) {
		return new Selection(planId, null, null, asOf);
	}

}
