package vn.hanoi.plantracker.plan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.VersionedCache;

/**
 * Set-based read queries for the plan and task pages: one statement per list, whatever
 * the number of tasks, agencies or assignments.
 */
@Component
@Transactional(readOnly = true)
public class PlanQueries {

	private final JdbcClient jdbc;

	/** The outlines and provisional marks every report and dashboard view shows. */
	private final VersionedCache<List<Object>, Object> cache;

	PlanQueries(JdbcClient jdbc, ReadCaches caches) {
		this.jdbc = jdbc;
		this.cache = caches.create("plans", 200);
	}

	public List<TaskSummary> taskSummaries(Long planId, LocalDate today) {
		return this.jdbc.sql(TaskSummary.SQL)
			.param("planId", planId)
			.param("today", today)
			.query((rs, n) -> TaskSummary.row(rs))
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
	 * provisional then, with the number and key area they had then ({@code task_as_of}):
	 * a task added or confirmed later changes nothing. All plans when {@code planId} is
	 * null, all areas when {@code areaId} is null.
	 */
	public ProvisionalTasks provisionalTasks(Long planId, Long areaId, java.time.OffsetDateTime cutoff) {
		// read under the data version (V50, V143: tasks and their confirmations change
		// it)
		return (ProvisionalTasks) this.cache.get(DataVersion.Scope.STRUCTURE,
				java.util.Arrays.asList("provisional", planId, areaId, cutoff),
				() -> readProvisionalTasks(planId, areaId, cutoff));
	}

	private ProvisionalTasks readProvisionalTasks(Long planId, Long areaId, java.time.OffsetDateTime cutoff) {
		List<Map.Entry<String, Boolean>> rows = this.jdbc.sql("""
				select p.number, t.code, t.provisional
				from task_as_of(:cutoff) t join key_area k on k.id = t.key_area_id join plan p on p.id = k.plan_id
				where t.existed and (cast(:planId as bigint) is null or p.id = cast(:planId as bigint))
				  and (cast(:areaId as bigint) is null or k.id = cast(:areaId as bigint))
				""")
			.param("planId", planId, java.sql.Types.BIGINT)
			.param("areaId", areaId, java.sql.Types.BIGINT)
			.param("cutoff", cutoff)
			.query((rs, n) -> Map.entry(ProvisionalTasks.key(rs.getString(1), rs.getString(2)), rs.getBoolean(3)))
			.list();
		return ProvisionalTasks.of(rows);
	}

	/**
	 * A plan's heading, its key areas in order and which tasks of the selection (one key
	 * area, or all when {@code areaId} is null) had a provisional deadline just before
	 * {@code cutoff}, counted as in {@link #provisionalTasks}: what every report page
	 * shows around its figures, in one statement.
	 */
	@SuppressWarnings("unchecked")
	public java.util.Optional<PlanOutline> outline(long planId, Long areaId, java.time.OffsetDateTime cutoff) {
		return (java.util.Optional<PlanOutline>) this.cache.get(DataVersion.Scope.STRUCTURE,
				java.util.Arrays.asList("outline", planId, areaId, cutoff), () -> readOutline(planId, areaId, cutoff));
	}

	private java.util.Optional<PlanOutline> readOutline(long planId, Long areaId, java.time.OffsetDateTime cutoff) {
		List<PlanOutline.Area> areas = new java.util.ArrayList<>();
		List<Map.Entry<String, Boolean>> tasks = new java.util.ArrayList<>();
		PlanOutline[] heading = { null };
		this.jdbc.sql("""
				select p.id, p.number, p.issued_on, p.title_vi, p.title_en, k.id as area_id, k.ordinal,
				       k.title_vi as area_vi, k.title_en as area_en, t.code, t.provisional
				from plan p
				left join key_area_as_of(:cutoff) k on k.plan_id = p.id and k.existed
				left join task_as_of(:cutoff) t on t.key_area_id = k.id and t.existed
				where p.id = :planId
				order by k.ordinal, k.id, t.id
				""")
			.param("planId", planId)
			.param("cutoff", cutoff)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> {
				if (heading[0] == null) {
					heading[0] = new PlanOutline(rs.getLong("id"), rs.getString("number"),
							rs.getObject("issued_on", LocalDate.class), rs.getString("title_vi"),
							rs.getString("title_en"), areas, null);
				}
				Long area = (Long) rs.getObject("area_id");
				if (area != null && (areas.isEmpty() || areas.get(areas.size() - 1).id() != area)) {
					areas.add(new PlanOutline.Area(area, rs.getInt("ordinal"), rs.getString("area_vi"),
							rs.getString("area_en")));
				}
				if (rs.getString("code") != null && (areaId == null || areaId.equals(area))) {
					tasks.add(Map.entry(ProvisionalTasks.key(rs.getString("number"), rs.getString("code")),
							rs.getBoolean("provisional")));
				}
			});
		return java.util.Optional.ofNullable(heading[0]).map((o) -> o.withProvisional(ProvisionalTasks.of(tasks)));
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

}
