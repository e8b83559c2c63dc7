package vn.hanoi.plantracker.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.system.Deadlines;
import vn.hanoi.plantracker.system.Metric;
import vn.hanoi.plantracker.system.Today;

/**
 * The overdue and due-soon lists, grouped by agency: three statements per page (counts,
 * one page of groups with their total, the rows of those groups), whatever the number of
 * agencies or assignments.
 */
@Component
@Transactional(readOnly = true)
public class OverdueDashboard {

	static final int PAGE_SIZE = 20;

	private static final String FROM = """
			from assignment a
			join agency ag on ag.id = a.agency_id
			join task t on t.id = a.task_id
			join key_area k on k.id = t.key_area_id
			join plan p on p.id = k.plan_id
			where a.closed_at is null
			""";

	private static final String DAYS_OVERDUE = "(cast(:today as date) - a.due_date)";

	private static final String LAST_UPDATE_DATE = "cast(a.last_update_at at time zone 'Asia/Ho_Chi_Minh' as date)";

	private static final Map<String, String> GROUP_ORDER = Map.of("due", "min(a.due_date)", "count", "count(*)",
			"agency", "min(ag.sort_order)");

	private final JdbcClient jdbc;

	private final Today today;

	private final int dueSoonDays;

	OverdueDashboard(JdbcClient jdbc, Today today, @Value("${plantracker.dashboard.due-soon-days:7}") int dueSoonDays) {
		this.jdbc = jdbc;
		this.today = today;
		this.dueSoonDays = dueSoonDays;
	}

	public int dueSoonDays() {
		return this.dueSoonDays;
	}

	/** The top numbers, narrowed by agency, kind, key area and role only. */
	public DashboardCounts counts(DashboardFilter filter) {
		Map<String, Object> params = baseParams();
		String where = scope(filter, params);
		params.put("cutoff", Deadlines.endOf((LocalDate) params.get("today")));
		// the on-time rate is the reports' (Metric): the city's own work as of the end of
		// today, through the assignment module's read model
		String rate = "select " + Metric.ON_TIME.count("on_time") + ", " + Metric.DUE.count("due")
				+ " from assignment_as_of(:cutoff) a join agency_as_of(cast(:today as date)) ag on ag.id = a.agency_id"
				+ " join task t on t.id = a.task_id join key_area k on k.id = t.key_area_id"
				+ " where not a.requested and " + Metric.IN_SCOPE_SQL + where;
		return this.jdbc
			.sql("select l.*, m.* from (select count(*) filter (where " + Deadlines.OVERDUE_SQL + "),"
					+ " count(*) filter (where " + Deadlines.DUE_SOON_SQL + "),"
					+ " count(*) filter (where a.status = 'SUBMITTED'), count(*) filter (where a.status = 'RETURNED') "
					+ FROM + where + ") l cross join (" + rate + ") m")
			.params(params)
			.query((rs, n) -> new DashboardCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6)))
			.single();
	}

	/** One page of agencies in the chosen list, each with its rows. */
	public DashboardPage page(DashboardFilter filter) {
		Map<String, Object> params = baseParams();
		String where = scope(filter, params) + list(filter, params);
		long total = this.jdbc.sql("select count(distinct a.agency_id) " + FROM + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", PAGE_SIZE);
		params.put("offset", (filter.page() - 1) * PAGE_SIZE);
		String order = GROUP_ORDER.get(filter.sort()) + " " + filter.dir() + ", min(ag.sort_order), ag.id";
		List<AgencyGroup> groups = this.jdbc.sql("""
				select ag.id, ag.name_vi, ag.name_en, ag.kind, bool_and(a.requested), count(*),
				       max(%s)
				""".formatted(DAYS_OVERDUE) + FROM + where
				+ " group by ag.id, ag.name_vi, ag.name_en, ag.kind order by " + order + " limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new AgencyGroup(rs.getLong(1), rs.getString(2), rs.getString(3),
					AgencyKind.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getLong(6), rs.getLong(7), List.of()))
			.list();
		if (groups.isEmpty()) {
			return new DashboardPage(groups, total, filter.page(), PAGE_SIZE);
		}
		params.put("agencyIds", groups.stream().map(AgencyGroup::agencyId).toList());
		LocalDate todayDate = (LocalDate) params.get("today");
		Map<Long, List<DashboardRow>> rows = this.jdbc.sql("""
					select a.id, a.agency_id, t.code, t.title_vi, t.title_en, p.number, a.period, a.role, a.requested,
					       a.due_date, a.original_due_date, a.status, a.percent_complete, a.last_update_at,
					       %s as days_overdue
				""".formatted(DAYS_OVERDUE) + FROM + where
				+ " and a.agency_id in (:agencyIds) order by a.due_date, k.ordinal, t.sort_order, a.id")
			.params(params)
			.query((rs, n) -> row(rs, todayDate))
			.list()
			.stream()
			.collect(Collectors.groupingBy(DashboardRow::agencyId));
		return new DashboardPage(
				groups.stream().map((g) -> g.withRows(rows.getOrDefault(g.agencyId(), List.of()))).toList(), total,
				filter.page(), PAGE_SIZE);
	}

	/**
	 * The ids of one agency's overdue assignments today: what "remind this agency" is
	 * about.
	 */
	public List<Long> overdueIdsOf(long agencyId) {
		Map<String, Object> params = baseParams();
		params.put("agency", agencyId);
		return this.jdbc.sql("select a.id " + FROM + " and a.agency_id = :agency and " + Deadlines.OVERDUE_SQL)
			.params(params)
			.query(Long.class)
			.list();
	}

	public List<Option> agencies() {
		return this.jdbc.sql("select id, name_vi, name_en from agency order by sort_order, name_vi")
			.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public List<Option> areas() {
		return this.jdbc.sql("""
				select k.id, p.number || ' · ' || k.ordinal || '. ' || k.title_vi,
				       p.number || ' · ' || k.ordinal || '. ' || k.title_en
				from key_area k join plan p on p.id = k.plan_id order by p.issued_on, p.id, k.ordinal
				""").query((rs, n) -> new Option(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
	}

	private Map<String, Object> baseParams() {
		Map<String, Object> params = new HashMap<>();
		LocalDate todayDate = this.today.date();
		params.put("today", todayDate);
		params.put("dueSoonUntil", todayDate.plusDays(this.dueSoonDays));
		return params;
	}

	/** Which assignments: agency, kind, key area, role. */
	private static String scope(DashboardFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (filter.agency() != null) {
			where.append(" and a.agency_id = :agency");
			params.put("agency", filter.agency());
		}
		if (filter.kind() != null) {
			where.append(" and ag.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.area() != null) {
			where.append(" and k.id = :area");
			params.put("area", filter.area());
		}
		if (filter.role() != null) {
			where.append(" and a.role = :role");
			params.put("role", filter.role().name());
		}
		return where.toString();
	}

	/**
	 * Which list: overdue (with ageing bucket) or due soon, and how long without update.
	 */
	private static String list(DashboardFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" and ")
			.append(filter.dueSoon() ? Deadlines.DUE_SOON_SQL : Deadlines.OVERDUE_SQL);
		if (filter.ageing() != null) {
			where.append(" and ").append(DAYS_OVERDUE).append(" between :ageMin and :ageMax");
			params.put("ageMin", filter.ageing().minDays());
			params.put("ageMax", filter.ageing().maxDays());
		}
		if (filter.stale() != null) {
			where.append(" and (a.last_update_at is null or cast(:today as date) - ")
				.append(LAST_UPDATE_DATE)
				.append(" >= :stale)");
			params.put("stale", filter.stale());
		}
		return where.toString();
	}

	private static DashboardRow row(ResultSet rs, LocalDate today) throws SQLException {
		Timestamp lastUpdateAt = rs.getTimestamp("last_update_at");
		LocalDate lastUpdate = (lastUpdateAt != null) ? LocalDate.ofInstant(lastUpdateAt.toInstant(), Today.ZONE)
				: null;
		return new DashboardRow(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("code"),
				rs.getString("title_vi"), rs.getString("title_en"), rs.getString("number"), rs.getString("period"),
				AgencyRole.valueOf(rs.getString("role")), rs.getBoolean("requested"),
				rs.getObject("due_date", LocalDate.class), rs.getObject("original_due_date", LocalDate.class),
				AssignmentStatus.valueOf(rs.getString("status")), rs.getInt("percent_complete"),
				rs.getLong("days_overdue"), lastUpdate,
				(lastUpdate != null) ? ChronoUnit.DAYS.between(lastUpdate, today) : null);
	}

}
