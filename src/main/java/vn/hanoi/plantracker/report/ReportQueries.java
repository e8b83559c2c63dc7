package vn.hanoi.plantracker.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.plan.TaskProgress;
import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.Localized;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.VersionedCache;
import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.FigureSql;

/**
 * The reports' SQL: every number is counted by PostgreSQL, by the definitions of
 * {@link Metric}, over the assignments as they stood at the end of the as-of day
 * ({@code assignment_as_of}, the assignment module's temporal read model) with the task
 * wording and agency names of that day ({@code task_as_of}, {@code agency_as_of}), one
 * statement per table or chart, whatever the number of agencies or assignments.
 */
@Component
@Transactional(readOnly = true)
class ReportQueries {

	/** The figure owner's selection (alias a, t, k and ag). */
	static final String SELECTION = FigureSql.SELECTION;

	/**
	 * The figure owner's selection for counting (alias a, k and ag; as of today from its
	 * tally) and the counts over it.
	 */
	private static final String COUNTED = FigureSql.COUNTED;

	private static final String COUNTS = FigureSql.COUNTS;

	private static final String LINE_COLUMNS = """
			select a.id, ag.id as agency_id, ag.name_vi as agency_vi, ag.name_en as agency_en, t.code,
			       t.title_vi, t.title_en, a.period, a.role, a.due_date, a.status, a.percent_complete, a.completed_on,
			       a.accepted_on, %s as metric
			""".formatted(Metric.categorySql());

	/** The order of a figure's list: soonest due first. */
	private static final String LINE_ORDER = "a.due_date, ag.sort_order, k.ordinal, t.sort_order, a.period, a.id";

	/** Rows of the annex fetched per round trip. */
	static final int ANNEX_FETCH_SIZE = 100;

	private final JdbcClient jdbc;

	private final Today today;

	private final VersionedCache<String, Optional<Long>> latestPlan;

	ReportQueries(JdbcClient jdbc, Today today, ReadCaches caches) {
		this.jdbc = jdbc;
		this.today = today;
		this.latestPlan = caches.create("latest-plan", 1);
	}

	Optional<Long> latestPlanId() {
		return this.latestPlan.get(DataVersion.Scope.STRUCTURE, "latest",
				() -> this.jdbc
					.sql("select id from plan where status <> 'DRAFT' order by issued_on desc, id desc limit 1")
					.query(Long.class)
					.optional());
	}

	Optional<PlanHeading> plan(long planId) {
		return this.jdbc.sql("select id, number, issued_on, title_vi, title_en from plan where id = :id")
			.param("id", planId)
			.query((rs, n) -> new PlanHeading(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5)))
			.optional();
	}

	List<AreaChoice> areas(long planId) {
		return this.jdbc
			.sql("select id, ordinal, title_vi, title_en from key_area where plan_id = :id order by ordinal")
			.param("id", planId)
			.query((rs, n) -> new AreaChoice(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * One row per agency and, last, the total row (agency_id null), in one statement with
	 * grouping sets; {@code requested} picks the city's own work (false) or the requested
	 * bodies' (true).
	 */
	List<RawDepartment> departments(ReportFilter filter, Long onlyAgency, Boolean requested, DepartmentSort sort,
			boolean descending) {
		String sql = """
				select * from (
				  select ag.id as agency_id, min(ag.code) as code, min(ag.name_vi) as name_vi,
				         min(ag.name_en) as name_en, min(ag.kind) as kind, min(ag.sort_order) as sort_order, %s
				  %s
				  group by grouping sets ((ag.id), ())) r
				order by (r.agency_id is null), %s %s nulls last, r.sort_order, r.agency_id
				""".formatted(COUNTS, COUNTED, sort.sql(Localized.isEnglish()), descending ? "desc" : "asc");
		return bind(this.jdbc.sql(sql), filter, onlyAgency, requested)
			.query((rs, n) -> new RawDepartment((Long) rs.getObject("agency_id"), rs.getString("code"),
					rs.getString("name_vi"), rs.getString("name_en"),
					(rs.getString("kind") != null) ? AgencyKind.valueOf(rs.getString("kind")) : null, counts(rs)))
			.list();
	}

	/**
	 * The department report in one statement: for the city's own work (key false) and for
	 * the requested bodies' (true), one row per agency and, last, their total.
	 */
	java.util.Map<Boolean, List<RawDepartment>> departmentsByScope(ReportFilter filter, Long onlyAgency,
			DepartmentSort sort, boolean descending) {
		String sql = """
				select * from (
				  select a.requested, ag.id as agency_id, min(ag.code) as code, min(ag.name_vi) as name_vi,
				         min(ag.name_en) as name_en, min(ag.kind) as kind, min(ag.sort_order) as sort_order, %s
				  %s
				  group by grouping sets ((a.requested, ag.id), (a.requested))) r
				order by r.requested, (r.agency_id is null), %s %s nulls last, r.sort_order, r.agency_id
				""".formatted(COUNTS, COUNTED, sort.sql(Localized.isEnglish()), descending ? "desc" : "asc");
		java.util.Map<Boolean, List<RawDepartment>> byScope = new java.util.HashMap<>();
		byScope.put(false, new java.util.ArrayList<>());
		byScope.put(true, new java.util.ArrayList<>());
		bind(this.jdbc.sql(sql), filter, onlyAgency, null)
			.query((RowCallbackHandler) (rs) -> byScope.get(rs.getBoolean("requested"))
				.add(new RawDepartment((Long) rs.getObject("agency_id"), rs.getString("code"), rs.getString("name_vi"),
						rs.getString("name_en"),
						(rs.getString("kind") != null) ? AgencyKind.valueOf(rs.getString("kind")) : null, counts(rs))));
		byScope.values().forEach((rows) -> {
			if (rows.isEmpty() || rows.get(rows.size() - 1).agencyId() != null) {
				rows.add(new RawDepartment(null, null, null, null, null, Counts.NONE));
			}
		});
		return byScope;
	}

	/**
	 * One row per key area of the selection for the city's own work, and the totals of
	 * the city's work and of the requested bodies', in one statement.
	 */
	AreaBreakdown areaProgress(ReportFilter filter) {
		String sql = """
				select a.requested, k.id as area_id, min(k.ordinal) as ordinal, min(k.title_vi) as title_vi,
				       min(k.title_en) as title_en, %s
				%s
				group by grouping sets ((a.requested, k.id), (a.requested))
				order by a.requested, (k.id is null), min(k.ordinal)
				""".formatted(COUNTS, COUNTED);
		List<AreaProgress> areas = new java.util.ArrayList<>();
		Counts[] totals = { Counts.NONE, Counts.NONE };
		bind(this.jdbc.sql(sql), filter, null, null).query((RowCallbackHandler) (rs) -> {
			boolean requested = rs.getBoolean("requested");
			if (rs.getObject("area_id") == null) {
				totals[requested ? 1 : 0] = counts(rs);
			}
			else if (!requested) {
				areas.add(new AreaProgress(rs.getLong("area_id"), rs.getInt("ordinal"), rs.getString("title_vi"),
						rs.getString("title_en"), counts(rs)));
			}
		});
		return new AreaBreakdown(areas, totals[0], totals[1]);
	}

	/** The city's key areas with its total, and the requested bodies' total. */
	record AreaBreakdown(List<AreaProgress> areas, Counts total, Counts requestedTotal) {

	}

	/** All of an agency's assignments, city's and requested, in a fixed order. */
	List<AssignmentLine> assignmentsOf(long agencyId, ReportFilter filter) {
		String sql = LINE_COLUMNS + SELECTION + " order by a.due_date, k.ordinal, t.sort_order, a.period, a.id";
		return bind(this.jdbc.sql(sql), filter, agencyId, null).query(ReportQueries::line).list();
	}

	/** All assignments of the selection (or of one agency), agency by agency. */
	List<AssignmentLine> lines(ReportFilter filter, Long agencyId) {
		String sql = LINE_COLUMNS + SELECTION
				+ " order by ag.sort_order, ag.id, k.ordinal, t.sort_order, a.due_date, a.id";
		return bind(this.jdbc.sql(sql), filter, agencyId, null).query(ReportQueries::line).list();
	}

	/**
	 * The summary's two lists in one statement: the city's open work longest past due
	 * (the first of {@link Metric#OVERDUE}) and the first {@code upcoming} of
	 * {@link Metric#DUE_SOON}, each in the order of
	 * {@link #lines(ReportFilter, Drill, int, int)}.
	 */
	OldestAndUpcoming oldestAndUpcoming(ReportFilter filter, int upcoming) {
		String part = LINE_COLUMNS + ", %d as part, ag.sort_order as ag_sort, k.ordinal as k_ordinal,"
				+ " t.sort_order as t_sort " + SELECTION + " and %s order by " + LINE_ORDER + " limit %s";
		String sql = "select * from ((" + part.formatted(0, Metric.OVERDUE.sql(), "1") + ") union all ("
				+ part.formatted(1, Metric.DUE_SOON.sql(), ":limit")
				+ ")) x order by x.part, x.due_date, x.ag_sort, x.k_ordinal, x.t_sort, x.period, x.id";
		List<AssignmentLine> oldest = new java.util.ArrayList<>();
		List<AssignmentLine> soon = new java.util.ArrayList<>();
		bind(this.jdbc.sql(sql), filter, null, false).param("limit", upcoming)
			.query((RowCallbackHandler) (rs) -> ((rs.getInt("part") == 0) ? oldest : soon).add(line(rs, 0)));
		return new OldestAndUpcoming(oldest.isEmpty() ? null : oldest.get(0), soon);
	}

	/** The city's oldest overdue assignment (null when none) and the first due soon. */
	record OldestAndUpcoming(AssignmentLine oldest, List<AssignmentLine> upcoming) {

	}

	/**
	 * One page of exactly the assignments behind a figure: the metric, the city's work or
	 * the requested bodies' (or both), one agency or all, soonest due first.
	 */
	List<AssignmentLine> lines(ReportFilter filter, Drill drill, int offset, int limit) {
		String sql = LINE_COLUMNS + SELECTION + " and " + drill.metric().sql() + " order by " + LINE_ORDER
				+ " offset :offset limit :limit";
		return bind(this.jdbc.sql(sql), filter, drill.agencyId(), drill.requested()).param("offset", offset)
			.param("limit", limit)
			.query(ReportQueries::line)
			.list();
	}

	/** How many assignments {@link #lines} pages through. */
	long count(ReportFilter filter, Drill drill) {
		return bind(this.jdbc.sql("select coalesce(sum(a.n), 0) " + COUNTED + " and " + drill.metric().sql()), filter,
				drill.agencyId(), drill.requested())
			.query(Long.class)
			.single();
	}

	/** The twelve months up to the as-of month: completions and due dates in each. */
	List<MonthCount> monthly(ReportFilter filter) {
		// one pass over the selection (each assignment once for its completion month and
		// once for its due month), not one scan per month and figure
		String sql = """
				with s as (select a.due_date, a.completed_on %s),
				m as (select cast(generate_series(date_trunc('month', cast(:today as date)) - interval '11 months',
				                  date_trunc('month', cast(:today as date)), interval '1 month') as date) as month),
				x as (select date_trunc('month', s.completed_on) as month, 1 as completed, 0 as due from s
				      where s.completed_on is not null
				      union all
				      select date_trunc('month', s.due_date), 0, 1 from s)
				select m.month, coalesce(sum(x.completed), 0) as completed, coalesce(sum(x.due), 0) as due
				from m left join x on x.month = m.month
				group by m.month order by m.month
				""".formatted(SELECTION);
		return bind(this.jdbc.sql(sql), filter, null, false)
			.query((rs, n) -> new MonthCount(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2),
					rs.getLong(3)))
			.list();
	}

	/**
	 * One row per task of the selection, for the plan annex: lead and supporting agencies
	 * by name (wards and communes only counted), the agencies' latest results and their
	 * latest difficulties and proposals (never the coordinator's return reasons), and
	 * whether the deadline was still provisional at the as-of date. The rows are handed
	 * to {@code each} as PostgreSQL sends them, {@value #ANNEX_FETCH_SIZE} at a time (a
	 * cursor: this runs in a transaction), never held as one list: a national plan has
	 * thousands of tasks with every agency's latest note.
	 */
	void annex(ReportFilter filter, Consumer<AnnexRow> each) {
		String sql = """
				with s as (
				  select a.id, a.task_id, a.agency_id, a.role, a.status, a.due_date, ag.sort_order as agency_sort,
				         ag.kind, ag.name_vi, ag.name_en, k.ordinal, k.title_vi as area_vi, k.title_en as area_en,
				         t.sort_order as task_sort, t.code, t.title_vi, t.title_en, t.provisional
				  %s),
				agencies as (
				  select s.task_id,
				         array_agg(s.name_vi order by s.agency_sort, s.name_vi) filter (where s.role = 'LEAD' and s.kind <> 'LOCAL_AUTHORITY') as lead_vi,
				         array_agg(s.name_en order by s.agency_sort, s.name_en) filter (where s.role = 'LEAD' and s.kind <> 'LOCAL_AUTHORITY') as lead_en,
				         count(*) filter (where s.role = 'LEAD' and s.kind = 'LOCAL_AUTHORITY') as lead_local,
				         array_agg(s.name_vi order by s.agency_sort, s.name_vi) filter (where s.role = 'SUPPORT' and s.kind <> 'LOCAL_AUTHORITY') as support_vi,
				         array_agg(s.name_en order by s.agency_sort, s.name_en) filter (where s.role = 'SUPPORT' and s.kind <> 'LOCAL_AUTHORITY') as support_en,
				         count(*) filter (where s.role = 'SUPPORT' and s.kind = 'LOCAL_AUTHORITY') as support_local
				  from (select distinct on (task_id, agency_id) task_id, agency_id, role, kind, name_vi, name_en, agency_sort
				        from s order by task_id, agency_id, (role = 'LEAD') desc) s
				  group by s.task_id),
				confirmations as (
				  select distinct on (c.task_id) c.task_id, c.document_number, c.document_date,
				         min(c.confirmed_at) over (partition by c.task_id) as first_confirmed_at
				  from task_deadline_confirmation c
				  where c.task_id in (select task_id from s) and c.confirmed_at < :cutoff
				  order by c.task_id, c.confirmed_at desc, c.id desc)
				select s.task_id, min(s.ordinal) as area_ordinal, min(s.area_vi) as area_vi, min(s.area_en) as area_en,
				       min(s.code) as code, min(s.title_vi) as title_vi, min(s.title_en) as title_en,
				       min(tt.output_vi) as output_vi, min(tt.output_en) as output_en,
				       bool_or(s.provisional) as provisional,
				       min(cf.document_number) filter (where cf.first_confirmed_at < :cutoff) as confirmed_number,
				       min(cf.document_date) filter (where cf.first_confirmed_at < :cutoff) as confirmed_date,
				       min(ags.lead_vi) as lead_vi, min(ags.lead_en) as lead_en, min(ags.lead_local) as lead_local,
				       min(ags.support_vi) as support_vi, min(ags.support_en) as support_en,
				       min(ags.support_local) as support_local,
				       min(s.due_date) as first_due, max(s.due_date) as last_due,
				       array_agg(s.name_vi || ': ' || n.note order by s.agency_sort, s.id)
				           filter (where n.note is not null) as results_vi,
				       array_agg(s.name_en || ': ' || n.note order by s.agency_sort, s.id)
				           filter (where n.note is not null) as results_en,
				       array_agg(s.name_vi order by s.agency_sort, s.id)
				           filter (where c.difficulties is not null or c.proposals is not null) as concern_agency_vi,
				       array_agg(s.name_en order by s.agency_sort, s.id)
				           filter (where c.difficulties is not null or c.proposals is not null) as concern_agency_en,
				       array_agg(c.difficulties order by s.agency_sort, s.id)
				           filter (where c.difficulties is not null or c.proposals is not null) as concern_difficulties,
				       array_agg(c.proposals order by s.agency_sort, s.id)
				           filter (where c.difficulties is not null or c.proposals is not null) as concern_proposals
				from s
				join task tt on tt.id = s.task_id
				join agencies ags on ags.task_id = s.task_id
				-- each assignment's latest report with a note, and its latest report, as of the
				-- cutoff: an index lookup per assignment (progress_update_assignment_idx), never a
				-- sort of the whole history
				left join lateral (
				  select p.note from progress_update p
				  where p.assignment_id = s.id and p.created_at < :cutoff and p.kind in ('PROGRESS', 'SUBMIT')
				    and p.note is not null
				  order by p.created_at desc, p.id desc limit 1) n on true
				left join lateral (
				  select p.difficulties, p.proposals from progress_update p
				  where p.assignment_id = s.id and p.created_at < :cutoff and p.kind in ('PROGRESS', 'SUBMIT')
				  order by p.created_at desc, p.id desc limit 1) c on true
				left join confirmations cf on cf.task_id = s.task_id
				group by s.task_id
				order by min(s.ordinal), min(s.task_sort), min(s.code)
				"""
			.formatted(SELECTION);
		Map<Long, List<TaskProgress>> progress = TaskProgress
			.byTask(bind(this.jdbc.sql(TaskProgress.sql(SELECTION)), filter, null, null)
				.query((rs, n) -> TaskProgress.row(rs))
				.list());
		// A cursor makes the driver prepare the statement on the server; a generic plan
		// cannot drop the filters left null (20.7 s instead of 0.39 s at 20,000
		// assignments): every connection plans for its parameters
		// (plan_cache_mode=force_custom_plan in application.properties).
		bind(this.jdbc.sql(sql), filter, null, null).withFetchSize(ANNEX_FETCH_SIZE).query((ResultSet rs) -> {
			long task = rs.getLong("task_id");
			each.accept(new AnnexRow(task, rs.getInt("area_ordinal"), rs.getString("area_vi"), rs.getString("area_en"),
					rs.getString("code"), rs.getString("title_vi"), rs.getString("title_en"), rs.getString("output_vi"),
					rs.getString("output_en"), rs.getBoolean("provisional"), rs.getString("confirmed_number"),
					rs.getObject("confirmed_date", LocalDate.class), strings(rs, "lead_vi"), strings(rs, "lead_en"),
					rs.getInt("lead_local"), strings(rs, "support_vi"), strings(rs, "support_en"),
					rs.getInt("support_local"), rs.getObject("first_due", LocalDate.class),
					rs.getObject("last_due", LocalDate.class), progress.getOrDefault(task, List.of()),
					strings(rs, "results_vi"), strings(rs, "results_en"), concerns(rs, "concern_agency_vi"),
					concerns(rs, "concern_agency_en")));
		});
	}

	private static List<AnnexRow.Concern> concerns(ResultSet rs, String agencyColumn) throws SQLException {
		List<String> agencies = strings(rs, agencyColumn);
		List<String> difficulties = strings(rs, "concern_difficulties");
		List<String> proposals = strings(rs, "concern_proposals");
		List<AnnexRow.Concern> concerns = new java.util.ArrayList<>();
		for (int i = 0; i < agencies.size(); i++) {
			concerns.add(new AnnexRow.Concern(agencies.get(i), difficulties.get(i), proposals.get(i)));
		}
		return concerns;
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		// Arrays.asList, not List.of: an aggregated column may hold nulls
		return (array != null) ? java.util.Arrays.asList((String[]) array.getArray()) : List.of();
	}

	/** The filter's parameters, by the figure owner's rule. */
	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ReportFilter filter, Long agency,
			Boolean requested) {
		return FigureSql.bind(statement, filter.selection(), agency, requested, this.today.date());
	}

	private static Counts counts(ResultSet rs) throws SQLException {
		return FigureSql.counts(rs);
	}

	private static AssignmentLine line(ResultSet rs, int n) throws SQLException {
		return new AssignmentLine(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_vi"),
				rs.getString("agency_en"), rs.getString("code"), rs.getString("title_vi"), rs.getString("title_en"),
				rs.getString("period"), AgencyRole.valueOf(rs.getString("role")),
				rs.getObject("due_date", LocalDate.class), AssignmentStatus.valueOf(rs.getString("status")),
				rs.getInt("percent_complete"), rs.getObject("completed_on", LocalDate.class),
				rs.getObject("accepted_on", LocalDate.class), Metric.valueOf(rs.getString("metric")));
	}

	/**
	 * Which assignments a figure counts: a metric, the city's work (requested false), the
	 * requested bodies' (true) or both (null), and one agency or all (null).
	 */
	record Drill(Metric metric, Boolean requested, Long agencyId) {

	}

	/** A department row before the rating is applied; agency null on the total row. */
	record RawDepartment(Long agencyId, String code, String nameVi, String nameEn, AgencyKind kind, Counts counts) {

	}

}
