package vn.hanoi.plantracker.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.standing.FigureSql;

/**
 * The assignment lines behind the reports' figures: an agency's, a figure's page of them,
 * the summary's oldest and upcoming, by the definitions of {@link Metric} (see
 * {@link ReportQueries}).
 */
@Component
@Transactional(readOnly = true)
class ReportLineQueries {

	private static final String SELECTION = ReportQueries.SELECTION;

	private static final String COUNTED = FigureSql.COUNTED;

	private final JdbcClient jdbc;

	private final Today today;

	ReportLineQueries(JdbcClient jdbc, Today today) {
		this.jdbc = jdbc;
		this.today = today;
	}

	private static final String LINE_COLUMNS = """
			select a.id, ag.id as agency_id, ag.name_vi as agency_vi, ag.name_en as agency_en, t.code,
			       t.title_vi, t.title_en, a.period, a.role, a.due_date, a.status, a.percent_complete, a.completed_on,
			       a.accepted_on, %s as metric
			""".formatted(Metric.categorySql());

	/** The order of a figure's list: soonest due first. */
	private static final String LINE_ORDER = "a.due_date, ag.sort_order, k.ordinal, t.sort_order, a.period, a.id";

	/** All of an agency's assignments, city's and requested, in a fixed order. */
	List<AssignmentLine> assignmentsOf(long agencyId, ReportFilter filter) {
		String sql = LINE_COLUMNS + SELECTION + " order by a.due_date, k.ordinal, t.sort_order, a.period, a.id";
		return bind(this.jdbc.sql(sql), filter, agencyId, null).query(ReportLineQueries::line).list();
	}

	/** All assignments of the selection (or of one agency), agency by agency. */
	List<AssignmentLine> lines(ReportFilter filter, Long agencyId) {
		String sql = LINE_COLUMNS + SELECTION
				+ " order by ag.sort_order, ag.id, k.ordinal, t.sort_order, a.due_date, a.id";
		return bind(this.jdbc.sql(sql), filter, agencyId, null).query(ReportLineQueries::line).list();
	}

	/**
	 * The summary's two lists in one statement: the city's open work longest past due
	 * (the first of {@link Metric#OVERDUE}) and the first {@code upcoming} of
	 * {@link Metric#DUE_SOON}, each in the order of
	 * {@link #lines(ReportFilter, Drill, int, int)}. The city's counts say how long the
	 * oldest has been overdue, so only work due on that day is read for it (an index
	 * lookup, where looking for the first of all overdue work read every open row: 1.4 s
	 * of the summary's 1.8 s at national scale).
	 */
	OldestAndUpcoming oldestAndUpcoming(ReportFilter filter, Counts city, int upcoming) {
		String part = LINE_COLUMNS + ", %d as part, ag.sort_order as ag_sort, k.ordinal as k_ordinal,"
				+ " t.sort_order as t_sort " + SELECTION + " and %s order by " + LINE_ORDER + " limit %s";
		String sql = "select * from (("
				+ part.formatted(0, Metric.OVERDUE.sql() + " and a.due_date = cast(:oldestDue as date)", "1")
				+ ") union all (" + part.formatted(1, Metric.DUE_SOON.sql(), ":limit")
				+ ")) x order by x.part, x.due_date, x.ag_sort, x.k_ordinal, x.t_sort, x.period, x.id";
		LocalDate oldestDue = (city.overdue() > 0) ? filter.asOf().minusDays(city.maxDaysOverdue()) : null;
		List<AssignmentLine> oldest = new java.util.ArrayList<>();
		List<AssignmentLine> soon = new java.util.ArrayList<>();
		bind(this.jdbc.sql(sql), filter, null, false).param("limit", upcoming)
			.param("oldestDue", oldestDue, java.sql.Types.DATE)
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
			.query(ReportLineQueries::line)
			.list();
	}

	/** How many assignments {@link #lines} pages through. */
	long count(ReportFilter filter, Drill drill) {
		return bind(this.jdbc.sql("select coalesce(sum(a.n), 0) " + COUNTED + " and " + drill.metric().sql()), filter,
				drill.agencyId(), drill.requested())
			.query(Long.class)
			.single();
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

	/** The filter's parameters, by the figure owner's rule. */
	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ReportFilter filter, Long agency,
			Boolean requested) {
		return FigureSql.bind(statement, filter.selection(), agency, requested, this.today.date());
	}

}
