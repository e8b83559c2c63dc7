package vn.hanoi.plantracker.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.standing.FigureSql;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.PerAgencyCache;

/**
 * The dashboard's numbers per agency, one statement for every agency, each agency's kept
 * under its data version ({@link PerAgencyCache}: a save reads its agency's again, not
 * every agency's): the top cards and the groups of {@link OverdueDashboard} come from it.
 */
@Component
@Transactional(readOnly = true)
class AgencyTallies {

	/** The last day an ageing bucket starts at: older work is all in the last one. */
	private static final int OLDEST_BUCKET_DAYS = Ageing.OVER_90.minDays() - 1;

	private final JdbcClient jdbc;

	private final Today today;

	private final int dueSoonDays;

	private final PerAgencyCache<String, Tally> tallies;

	AgencyTallies(JdbcClient jdbc, Today today, @Value("${plantracker.dashboard.due-soon-days:7}") int dueSoonDays,
			ReadCaches caches) {
		this.jdbc = jdbc;
		this.today = today;
		this.dueSoonDays = dueSoonDays;
		this.tallies = caches.createPerAgency("overdue-tallies", 500);
	}

	/**
	 * Every agency that exists today ({@code agency_as_of}, as the reports count) with
	 * open assignments in the scope, in one GROUP BY over them: the numbers of the top
	 * cards and, for the chosen list, the group's size, oldest due date and most days
	 * overdue.
	 */
	List<Tally> tallies(DashboardFilter filter) {
		Map<String, Object> params = DashboardSql.baseParams(this.today.date(), this.dueSoonDays);
		String where = DashboardSql.scope(filter, params);
		String inList = DashboardSql.list(filter, params);
		String key = filter.view() + "|" + filter.agency() + "|" + filter.kind() + "|" + filter.area() + "|"
				+ filter.role() + "|" + filter.ageing() + "|" + filter.stale() + "|" + filter.plan() + "|"
				+ params.get("today") + "|" + this.dueSoonDays;
		// each agency's tally kept under its version: after a save, one agency's is read
		// again
		if (filter.role() == null && filter.stale() == null) {
			return List.copyOf(this.tallies.get(key, (k, agencies) -> figureTallies(filter, agencies)).values());
		}
		// a role or days without update: facts the figure owner does not count by, so
		// from the assignments themselves
		return List.copyOf(this.tallies.get(key, (k, agencies) -> liveTallies(filter, agencies)).values());
	}

	private Map<Long, Tally> liveTallies(DashboardFilter filter, Set<Long> agencies) {
		Map<String, Object> params = DashboardSql.baseParams(this.today.date(), this.dueSoonDays);
		String where = DashboardSql.scope(filter, params) + DashboardSql.ofAgencies(agencies, params);
		String inList = DashboardSql.list(filter, params);
		return byAgency(this.jdbc.sql("""
				select ag.id, ag.name_vi, ag.name_en, ag.kind, ag.sort_order,
				       count(*) filter (where %1$s), count(*) filter (where %2$s),
				       count(*) filter (where a.status = 'SUBMITTED'), count(*) filter (where a.status = 'RETURNED'),
				       count(*) filter (where %3$s), count(*) filter (where %7$s),
				       count(*) filter (where %4$s), coalesce(bool_and(a.requested) filter (where %4$s), false),
				       max(%5$s) filter (where %4$s), min(a.due_date) filter (where %4$s),
				       count(*) filter (where %1$s and %8$s), count(*) filter (where %1$s and a.requested)
				from assignment a
				join agency_as_of(cast(:today as date)) ag on ag.id = a.agency_id
				where a.closed_at is null %6$s
				group by ag.id, ag.name_vi, ag.name_en, ag.kind, ag.sort_order
				"""
			// on time and due set: the reports' definitions (Metric), today
			.formatted(Deadlines.OVERDUE_SQL, Deadlines.DUE_SOON_SQL,
					Metric.LIVE_COUNTED_SQL + " and " + Metric.ON_TIME.liveSql(), inList, DashboardSql.DAYS_OVERDUE,
					where, Metric.LIVE_COUNTED_SQL + " and " + Metric.DUE.liveSql(), Metric.LIVE_COUNTED_SQL))
			.params(params));
	}

	/**
	 * The same numbers summed from the figure owner's open work of today
	 * ({@link FigureSql#today}: its tally, a few rows per agency and key area, whatever
	 * the history), for the lists without a role or days-without-update filter: the tally
	 * tells apart the due dates of every ageing bucket and of the due-soon window.
	 */
	private Map<Long, Tally> figureTallies(DashboardFilter filter, Set<Long> agencies) {
		Map<String, Object> params = DashboardSql.baseParams(this.today.date(), this.dueSoonDays);
		params.put("cutoff", Deadlines.endOf((LocalDate) params.get("today")));
		StringBuilder where = new StringBuilder(DashboardSql.ofAgencies(agencies, params));
		if (filter.agency() != null) {
			where.append(" and a.agency_id = :agency");
			params.put("agency", filter.agency());
		}
		if (filter.kind() != null) {
			where.append(" and ag.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.area() != null) {
			where.append(" and a.key_area_id = :area");
			params.put("area", filter.area());
		}
		if (filter.onePlan()) {
			where.append(" and a.key_area_id in (select pk.id from key_area pk where pk.plan_id = :plan)");
			params.put("plan", filter.plan());
		}
		String inList = DashboardSql.list(filter, params);
		String counted = "(not a.requested and " + Metric.IN_SCOPE_SQL + ")";
		return byAgency(this.jdbc.sql("""
				select ag.id, ag.name_vi, ag.name_en, ag.kind, ag.sort_order,
				       coalesce(sum(a.n) filter (where %1$s), 0), coalesce(sum(a.n) filter (where %2$s), 0),
				       coalesce(sum(a.n) filter (where a.status = 'SUBMITTED'), 0),
				       coalesce(sum(a.n) filter (where a.status = 'RETURNED'), 0),
				       coalesce(sum(a.n) filter (where %3$s), 0), coalesce(sum(a.n) filter (where %7$s), 0),
				       coalesce(sum(a.n) filter (where %4$s), 0),
				       coalesce(bool_and(a.requested) filter (where %4$s), false),
				       max(%5$s) filter (where %4$s), min(a.due_date) filter (where %4$s),
				       coalesce(sum(a.n) filter (where %1$s and %8$s), 0),
				       coalesce(sum(a.n) filter (where %1$s and a.requested), 0)
				from %9$s a
				join agency_as_of(cast(:today as date)) ag on ag.id = a.agency_id
				where true %6$s
				group by ag.id, ag.name_vi, ag.name_en, ag.kind, ag.sort_order
				having sum(a.n) > 0
				"""
			// on time and due set: the reports' definitions (Metric), today
			.formatted(Deadlines.OVERDUE_SQL, Deadlines.DUE_SOON_SQL, counted + " and " + Metric.ON_TIME.sql(), inList,
					DashboardSql.DAYS_OVERDUE, where, counted + " and " + Metric.DUE.sql(), counted,
					FigureSql.today(OLDEST_BUCKET_DAYS, this.dueSoonDays)))
			.params(params));
	}

	/** The statement's rows (one per agency), by agency. */
	private static Map<Long, Tally> byAgency(JdbcClient.StatementSpec statement) {
		Map<Long, Tally> tallies = new HashMap<>();
		statement.query((RowCallbackHandler) (rs) -> tallies.put(rs.getLong(1),
				new Tally(rs.getLong(1), rs.getString(2), rs.getString(3), AgencyKind.valueOf(rs.getString(4)),
						rs.getInt(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
						rs.getLong(11), rs.getLong(12), rs.getBoolean(13), rs.getLong(14),
						rs.getObject(15, LocalDate.class), rs.getLong(16), rs.getLong(17))));
		return tallies;
	}

}
