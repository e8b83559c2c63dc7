package vn.hanoi.plantracker.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.hanoi.plantracker.standing.Metric;

/**
 * Where a task stands, counted by agency in each group of agencies: "12/126 wards and
 * communes completed; 3 overdue" rather than one word for 126 agencies. An agency has
 * completed the task when it has completed at least one of its assignments and has none
 * open whose deadline has passed on the day of the count; it is overdue when any of its
 * assignments is (the rule of {@link Metric#OVERDUE}: due before {@code :dueBefore});
 * awaiting review when any is submitted.
 */
public record TaskProgress(Group group, int agencies, int completed, int overdue, int awaitingReview) {

	/**
	 * The groups a task's agencies are counted in. Requested bodies (Procuracy, Court,
	 * the Front and its unions) are asked, not assigned, so they are counted apart.
	 */
	public enum Group {

		CITY, LOCAL, REQUESTED

	}

	/**
	 * SQL: one row per task and group (task_id, grp, agencies, completed, overdue,
	 * awaiting) over a selection of assignments {@code a} joined to their agency
	 * {@code ag}; {@code :dueBefore} is the first due date whose deadline has not passed
	 * on the day of the count ({@link Metric#dueBefore}).
	 * @param selection a {@code from ... where ...} clause with aliases {@code a} and
	 * {@code ag}
	 */
	public static String sql(String selection) {
		return """
				select x.task_id, x.grp, count(*) as agencies, count(*) filter (where x.done) as completed,
				       count(*) filter (where x.late) as overdue, count(*) filter (where x.waiting) as awaiting
				from (select a.task_id, a.agency_id,
				             case when ag.kind in ('JUDICIAL', 'FRONT_UNION') then 'REQUESTED'
				                  when ag.kind = 'LOCAL_AUTHORITY' then 'LOCAL' else 'CITY' end as grp,
				             bool_or(a.status = 'COMPLETED')
				                 and bool_and(a.status = 'COMPLETED' or a.due_date >= cast(:dueBefore as date)) as done,
				             bool_or(%s) as late,
				             bool_or(a.status = 'SUBMITTED') as waiting
				      %s
				      group by a.task_id, a.agency_id, ag.kind) x
				group by x.task_id, x.grp
				""".formatted(Metric.OVERDUE.sql().replace(":dueBefore", "cast(:dueBefore as date)"), selection);
	}

	/** The rows of {@link #sql} for one task, in group order. */
	public static Map<Long, List<TaskProgress>> byTask(List<Map.Entry<Long, TaskProgress>> rows) {
		Map<Long, EnumMap<Group, TaskProgress>> grouped = new java.util.HashMap<>();
		for (Map.Entry<Long, TaskProgress> row : rows) {
			grouped.computeIfAbsent(row.getKey(), (id) -> new EnumMap<>(Group.class))
				.put(row.getValue().group(), row.getValue());
		}
		Map<Long, List<TaskProgress>> result = new java.util.HashMap<>();
		grouped.forEach((task, groups) -> result.put(task, new ArrayList<>(groups.values())));
		return result;
	}

	public static Map.Entry<Long, TaskProgress> row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return Map.entry(rs.getLong("task_id"), new TaskProgress(Group.valueOf(rs.getString("grp")),
				rs.getInt("agencies"), rs.getInt("completed"), rs.getInt("overdue"), rs.getInt("awaiting")));
	}

	/** The message key of this group's line, e.g. {@code taskProgress.LOCAL}. */
	public String messageKey() {
		return "taskProgress." + this.group;
	}

}
