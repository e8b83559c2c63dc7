package vn.hanoi.plantracker.assignment;

import vn.hanoi.plantracker.plan.AgencyRole;

/** Filters of the officer's list; null means "any". */
public record MyAssignmentFilter(AssignmentStatus status, Integer area, AgencyRole role, boolean overdueOnly) {

	public static MyAssignmentFilter none() {
		return new MyAssignmentFilter(null, null, null, false);
	}

}
