package vn.hanoi.plantracker.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.AgencyKind;
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

	/** The twelve months up to the as-of month: completions and due dates in each. */
	List<MonthCount> monthly(ReportFilter filter) {
		// one pass over the selection's work completed or due in the twelve months (each
		// counted in its month, then joined to the months: the rows are not sorted), not
		// one scan per month and figure
		String sql = """
				with w as (select cast(date_trunc('month', cast(:today as date)) - interval '11 months' as date) as first,
				                  cast(date_trunc('month', cast(:today as date)) + interval '1 month' as date) as after),
				s as (select a.due_date, a.completed_on %s
				      and ((a.due_date >= (select first from w) and a.due_date < (select after from w))
				        or (a.completed_on >= (select first from w) and a.completed_on < (select after from w)))),
				m as (select cast(generate_series(w.first, w.after - 1, interval '1 month') as date) as month from w),
				c as (select cast(date_trunc('month', s.completed_on) as date) as month, count(*) as n from s
				      where s.completed_on >= (select first from w) group by 1),
				d as (select cast(date_trunc('month', s.due_date) as date) as month, count(*) as n from s
				      where s.due_date >= (select first from w) group by 1)
				select m.month, coalesce(c.n, 0) as completed, coalesce(d.n, 0) as due
				from m left join c on c.month = m.month left join d on d.month = m.month
				order by m.month
				"""
			.formatted(SELECTION);
		return bind(this.jdbc.sql(sql), filter, null, false)
			.query((rs, n) -> new MonthCount(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2),
					rs.getLong(3)))
			.list();
	}

	/** The filter's parameters, by the figure owner's rule. */
	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ReportFilter filter, Long agency,
			Boolean requested) {
		return FigureSql.bind(statement, filter.selection(), agency, requested, this.today.date());
	}

	private static Counts counts(ResultSet rs) throws SQLException {
		return FigureSql.counts(rs);
	}

	/** A department row before the rating is applied; agency null on the total row. */
	record RawDepartment(Long agencyId, String code, String nameVi, String nameEn, AgencyKind kind, Counts counts) {

	}

}
