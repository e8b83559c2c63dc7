package vn.hanoi.plantracker.report;

import java.util.List;

import vn.hanoi.plantracker.plan.ProvisionalTasks;

/**
 * What a report page shows around its figures: the plan's heading, its key areas (the
 * filter's choices) and which tasks of the selection had a provisional deadline at the
 * as-of day, read in one statement.
 */
public record ReportOutline(PlanHeading plan, List<AreaChoice> areas, ProvisionalTasks provisional) {

}
