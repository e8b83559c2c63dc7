package vn.hanoi.plantracker.plan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import vn.hanoi.plantracker.standing.Deadlines;
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

	/**
	 * A plan's tasks in order ({@code :planId}), with their agencies and how their open
	 * assignments stand on {@code :today}: one statement
	 * ({@link PlanQueries#taskSummaries}).
	 */
	static final String SQL = """
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

	static TaskSummary row(ResultSet rs) throws SQLException {
		return new TaskSummary(rs.getLong("id"), rs.getString("code"), rs.getString("title_vi"),
				rs.getString("title_en"), rs.getInt("ordinal"), rs.getString("area_vi"), rs.getString("area_en"),
				ScheduleKind.valueOf(rs.getString("schedule_kind")), strings(rs, "lead_vi"), strings(rs, "lead_en"),
				rs.getInt("lead_count"), strings(rs, "support_vi"), strings(rs, "support_en"),
				rs.getInt("support_count"), rs.getInt("total"), rs.getInt("not_started"), rs.getInt("in_progress"),
				rs.getInt("submitted"), rs.getInt("returned"), rs.getInt("completed"), rs.getInt("overdue"),
				rs.getObject("next_due", LocalDate.class));
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

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
