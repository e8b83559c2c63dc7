package vn.hanoi.plantracker.plan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.standing.Deadlines;

/**
 * Set-based read queries for the plan and task pages: one statement per list, whatever
 * the number of tasks, agencies or assignments.
 */
@Component
@Transactional(readOnly = true)
public class PlanQueries {

	private static final String TASK_SUMMARIES = """
			with links as (
			  select ta.task_id,
			         count(*) filter (where ta.role = 'LEAD') as lead_count,
			         count(*) filter (where ta.role = 'SUPPORT') as support_count,
			         (array_agg(ag.name_vi order by ag.sort_order, ag.id) filter (where ta.role = 'LEAD'))[1 : 3] as lead_vi,
			         (array_agg(ag.name_en order by ag.sort_order, ag.id) filter (where ta.role = 'LEAD'))[1 : 3] as lead_en,
			         (array_agg(ag.name_vi order by ag.sort_order, ag.id) filter (where ta.role = 'SUPPORT'))[1 : 3] as support_vi,
			         (array_agg(ag.name_en order by ag.sort_order, ag.id) filter (where ta.role = 'SUPPORT'))[1 : 3] as support_en
			  from task_agency ta join agency ag on ag.id = ta.agency_id
			  group by ta.task_id),
			counts as (
			  select a.task_id, count(*) as total,
			         count(*) filter (where a.status = 'NOT_STARTED') as not_started,
			         count(*) filter (where a.status = 'IN_PROGRESS') as in_progress,
			         count(*) filter (where a.status = 'SUBMITTED') as submitted,
			         count(*) filter (where a.status = 'RETURNED') as returned,
			         count(*) filter (where a.status = 'COMPLETED') as completed,
			         count(*) filter (where %s) as overdue,
			         min(a.due_date) filter (where a.status <> 'COMPLETED' and a.due_date >= :today) as next_due
			  from assignment a
			  where a.closed_at is null
			  group by a.task_id)
			select t.id, t.code, t.title_vi, t.title_en, k.ordinal, k.title_vi as area_vi, k.title_en as area_en,
			       t.schedule_kind, l.lead_vi, l.lead_en, coalesce(l.lead_count, 0) as lead_count,
			       l.support_vi, l.support_en, coalesce(l.support_count, 0) as support_count,
			       coalesce(c.total, 0) as total, coalesce(c.not_started, 0) as not_started,
			       coalesce(c.in_progress, 0) as in_progress, coalesce(c.submitted, 0) as submitted,
			       coalesce(c.returned, 0) as returned, coalesce(c.completed, 0) as completed,
			       coalesce(c.overdue, 0) as overdue, c.next_due
			from task t
			join key_area k on k.id = t.key_area_id
			left join links l on l.task_id = t.id
			left join counts c on c.task_id = t.id
			where k.plan_id = :planId and t.removed_at is null
			order by k.ordinal, t.sort_order, t.code
			"""
		.formatted(Deadlines.OVERDUE_SQL);

	private final JdbcClient jdbc;

	private final PlanOutlines outlines;

	PlanQueries(JdbcClient jdbc, PlanOutlines outlines) {
		this.jdbc = jdbc;
		this.outlines = outlines;
	}

	public List<TaskSummary> taskSummaries(Long planId, LocalDate today) {
		return this.jdbc.sql(TASK_SUMMARIES)
			.param("planId", planId)
			.param("today", today)
			.query((rs, n) -> new TaskSummary(rs.getLong("id"), rs.getString("code"), rs.getString("title_vi"),
					rs.getString("title_en"), rs.getInt("ordinal"), rs.getString("area_vi"), rs.getString("area_en"),
					ScheduleKind.valueOf(rs.getString("schedule_kind")), strings(rs, "lead_vi"), strings(rs, "lead_en"),
					rs.getInt("lead_count"), strings(rs, "support_vi"), strings(rs, "support_en"),
					rs.getInt("support_count"), rs.getInt("total"), rs.getInt("not_started"), rs.getInt("in_progress"),
					rs.getInt("submitted"), rs.getInt("returned"), rs.getInt("completed"), rs.getInt("overdue"),
					rs.getObject("next_due", LocalDate.class)))
			.list();
	}

	/**
	 * Each task's progress by group of agencies (city bodies, wards and communes,
	 * requested bodies), counted by agency over its open and completed assignments: one
	 * statement for the whole plan, or for one task when {@code taskId} is given.
	 */
	public Map<Long, List<TaskProgress>> taskProgress(long planId, Long taskId, LocalDate today) {
		String selection = """
				from assignment a
				join agency ag on ag.id = a.agency_id
				join task t on t.id = a.task_id
				join key_area k on k.id = t.key_area_id
				where k.plan_id = :planId and a.closed_at is null
				  and (cast(:taskId as bigint) is null or t.id = cast(:taskId as bigint))
				""";
		return TaskProgress.byTask(this.jdbc.sql(TaskProgress.sql(selection))
			.param("planId", planId)
			.param("taskId", taskId, java.sql.Types.BIGINT)
			.param("dueBefore", today)
			.query((rs, n) -> TaskProgress.row(rs))
			.list());
	}

	/**
	 * The tasks that existed just before {@code cutoff} and whether their deadline was
	 * provisional then ({@link PlanOutlines#provisionalTasks}).
	 */
	public ProvisionalTasks provisionalTasks(Long planId, Long areaId, java.time.OffsetDateTime cutoff) {
		return this.outlines.provisionalTasks(planId, areaId, cutoff);
	}

	/**
	 * A plan's heading, its key areas and its provisional tasks as of {@code cutoff}
	 * ({@link PlanOutlines#outline}).
	 */
	public java.util.Optional<PlanOutline> outline(long planId, Long areaId, java.time.OffsetDateTime cutoff) {
		return this.outlines.outline(planId, areaId, cutoff);
	}

	/** The ids of a plan's tasks. */
	public List<Long> taskIds(long planId) {
		return this.jdbc
			.sql("select t.id from task t join key_area k on k.id = t.key_area_id where k.plan_id = :planId")
			.param("planId", planId)
			.query(Long.class)
			.list();
	}

	/**
	 * The lead and supporting agencies of every task of a plan, by task id, in one
	 * statement.
	 */
	public Map<Long, List<TaskAgencyRow>> taskAgenciesOfPlan(long planId) {
		Map<Long, List<TaskAgencyRow>> byTask = new java.util.LinkedHashMap<>();
		this.jdbc.sql("""
				select ta.task_id, ag.id, ag.name_vi, ag.name_en, ta.role, ta.requested
				from task_agency ta
				join agency ag on ag.id = ta.agency_id
				join task t on t.id = ta.task_id
				join key_area k on k.id = t.key_area_id
				where k.plan_id = :planId
				order by ta.task_id, ta.role, ag.sort_order, ag.id
				""")
			.param("planId", planId)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> byTask
				.computeIfAbsent(rs.getLong(1), (id) -> new java.util.ArrayList<>())
				.add(new TaskAgencyRow(rs.getLong(2), rs.getString(3), rs.getString(4),
						AgencyRole.valueOf(rs.getString(5)), rs.getBoolean(6))));
		return byTask;
	}

	public List<TaskAgencyRow> taskAgencies(Long taskId) {
		return this.jdbc.sql("""
				select ag.id, ag.name_vi, ag.name_en, ta.role, ta.requested
				from task_agency ta join agency ag on ag.id = ta.agency_id
				where ta.task_id = :taskId
				order by ta.role, ag.sort_order, ag.id
				""")
			.param("taskId", taskId)
			.query((rs, n) -> new TaskAgencyRow(rs.getLong(1), rs.getString(2), rs.getString(3),
					AgencyRole.valueOf(rs.getString(4)), rs.getBoolean(5)))
			.list();
	}

	public List<TaskAssignmentRow> taskAssignments(Long taskId) {
		return this.jdbc.sql("""
				select a.id, ag.id as agency_id, ag.name_vi, ag.name_en, a.role, a.requested, a.period, a.due_date,
				       a.original_due_date, a.status, a.percent_complete, a.completed_on
				from assignment a join agency ag on ag.id = a.agency_id
				where a.task_id = :taskId and a.closed_at is null
				order by a.due_date, a.role, ag.sort_order, ag.id
				""")
			.param("taskId", taskId)
			.query((rs, n) -> new TaskAssignmentRow(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("name_vi"),
					rs.getString("name_en"), AgencyRole.valueOf(rs.getString("role")), rs.getBoolean("requested"),
					rs.getString("period"), rs.getObject("due_date", LocalDate.class),
					rs.getObject("original_due_date", LocalDate.class), rs.getString("status"),
					rs.getInt("percent_complete"), rs.getObject("completed_on", LocalDate.class)))
			.list();
	}

	/**
	 * The agencies the plan only requests to take part (the Procuracy, the Court, the
	 * Front): named by some task as requested and by none as a plain lead or support.
	 */
	public java.util.Set<Long> requestedOnlyAgencyIds(long planId) {
		return new java.util.HashSet<>(this.jdbc.sql("""
				select ta.agency_id from task_agency ta
				join task t on t.id = ta.task_id join key_area k on k.id = t.key_area_id
				where k.plan_id = :plan
				group by ta.agency_id having bool_and(ta.requested)
				""").param("plan", planId).query(Long.class).list());
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
