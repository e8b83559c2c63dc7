package vn.hanoi.plantracker.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
