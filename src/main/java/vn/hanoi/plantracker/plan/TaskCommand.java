package vn.hanoi.plantracker.plan;

import java.util.Set;

/**
 * A task as the coordinator saves it: where it sits, what it says, when it is due, who
 * leads, supports and is requested to take part; the version edited and the reason for
 * changes that reach existing assignments.
 */
public record TaskCommand(long areaId, String code, String titleVi, String titleEn, String descriptionVi,
		String descriptionEn, String outputVi, String outputEn, Schedule schedule, boolean deadlineConfirmed,
		Set<Long> lead, Set<Long> support, Set<Long> requested, long version, String reason) {

}
