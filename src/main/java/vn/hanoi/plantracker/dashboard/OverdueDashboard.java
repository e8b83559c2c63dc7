package vn.hanoi.plantracker.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.standing.FigureSql;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.VersionedCache;

/**
 * The overdue and due-soon lists, grouped by agency. One statement tallies every agency
 * (the top numbers and the groups come from it, cached under the data version); the rows
 * of a group are read only when it is opened, a page of {@value #ROWS_PER_PAGE} at a
 * time. Statements per page do not depend on the number of agencies or assignments.
 */
@Component
@Transactional(readOnly = true)
public class OverdueDashboard {

	static final int PAGE_SIZE = 20;

	public static final int ROWS_PER_PAGE = 50;

	/** The last day an ageing bucket starts at: older work is all in the last one. */
	private static final int OLDEST_BUCKET_DAYS = Ageing.OVER_90.minDays() - 1;

	private static final String DAYS_OVERDUE = "(cast(:today as date) - a.due_date)";

	private static final String LAST_UPDATE_DATE = "cast(a.last_update_at at time zone 'Asia/Ho_Chi_Minh' as date)";

	private static final Map<String, Comparator<Tally>> GROUP_ORDER = Map.of("due",
			Comparator.comparing(Tally::minDueDate), "count", Comparator.comparingLong(Tally::inList), "agency",
			Comparator.comparingInt(Tally::sortOrder));

	private final JdbcClient jdbc;

	private final Today today;

	private final DataVersion dataVersion;

	private final int dueSoonDays;

	private final VersionedCache<String, List<Tally>> tallies;

	private final VersionedCache<String, List<Option>> options;

	OverdueDashboard(JdbcClient jdbc, Today today, DataVersion dataVersion,
			@Value("${plantracker.dashboard.due-soon-days:7}") int dueSoonDays,
			@Value("${plantracker.read-cache.enabled:true}") boolean cache) {
		this.jdbc = jdbc;
		this.today = today;
		this.dataVersion = dataVersion;
		this.dueSoonDays = dueSoonDays;
		this.tallies = new VersionedCache<>("overdue-tallies", 500, cache);
		this.options = new VersionedCache<>("overdue-options", 2, cache);
	}

	public int dueSoonDays() {
		return this.dueSoonDays;
	}

	/**
	 * The page: the top numbers (narrowed by agency, kind, key area and role only) and
	 * one page of agency groups in the chosen list; the rows of the group {@code open}
	 * (or of the agency the filter names) from {@code after}.
	 */
	public DashboardView view(DashboardFilter filter, Long open, RowKey after) {
		long version = this.dataVersion.current();
		List<Tally> all = tallies(version, filter);
		// the overdue card is the city's figure (the summary's for today); the requested
		// bodies' overdue work is counted apart, never added to it
		DashboardCounts counts = new DashboardCounts(sum(all, Tally::cityOverdue), sum(all, Tally::dueSoon),
				sum(all, Tally::submitted), sum(all, Tally::returned), sum(all, Tally::completedOnTime),
				sum(all, Tally::dueSoFar), sum(all, Tally::requestedOverdue));
		Comparator<Tally> order = GROUP_ORDER.get(filter.sort());
		if ("desc".equals(filter.dir())) {
			order = order.reversed();
		}
		List<Tally> listed = all.stream()
			.filter((t) -> t.inList() > 0)
			.sorted(order.thenComparingInt(Tally::sortOrder).thenComparingLong(Tally::agencyId))
			.toList();
		int from = Math.min(listed.size(), (filter.page() - 1) * PAGE_SIZE);
		List<AgencyGroup> groups = new ArrayList<>();
		for (Tally t : listed.subList(from, Math.min(listed.size(), from + PAGE_SIZE))) {
			boolean opened = (open != null && open == t.agencyId())
					|| (filter.agency() != null && filter.agency() == t.agencyId());
			groups.add(new AgencyGroup(t.agencyId(), t.nameVi(), t.nameEn(), t.kind(), t.requestOnly(), t.inList(),
					t.maxDaysOverdue(), opened ? rows(filter, t.agencyId(), after) : null));
		}
		return new DashboardView(counts, new DashboardPage(groups, listed.size(), filter.page(), PAGE_SIZE), agencies(),
				areas());
	}

	/** The top numbers, narrowed by agency, kind, key area and role only. */
	public DashboardCounts counts(DashboardFilter filter) {
		return view(filter, null, null).counts();
	}

	/**
	 * One page of agencies in the chosen list; only the agency the filter names, if any,
	 * comes with its rows.
	 */
	public DashboardPage page(DashboardFilter filter) {
		return view(filter, null, null).page();
	}

	/**
	 * One page of an agency's rows in the chosen list, in due-date order, after
	 * {@code after} (null: from the first).
	 */
	public GroupRows rows(DashboardFilter filter, long agencyId, RowKey after) {
		Map<String, Object> params = baseParams();
		String where = scope(filter, params) + " and " + list(filter, params) + " and a.agency_id = :group";
		params.put("group", agencyId);
		if (after != null) {
			where += " and (a.due_date, k.ordinal, t.sort_order, a.id) > (:afterDue, :afterOrdinal, :afterOrder, :afterId)";
			params.put("afterDue", after.dueDate());
			params.put("afterOrdinal", after.areaOrdinal());
			params.put("afterOrder", after.taskOrder());
			params.put("afterId", after.id());
		}
		params.put("limit", ROWS_PER_PAGE + 1);
		LocalDate todayDate = (LocalDate) params.get("today");
		List<Map.Entry<DashboardRow, RowKey>> found = this.jdbc.sql("""
				select a.id, a.agency_id, t.code, t.title_vi, t.title_en, p.number, a.period, a.role, a.requested,
				       a.due_date, a.original_due_date, a.status, a.percent_complete, a.last_update_at,
				       %s as days_overdue, k.ordinal, t.sort_order
				from assignment a
				join agency_as_of(cast(:today as date)) ag on ag.id = a.agency_id
				join task t on t.id = a.task_id
				join key_area k on k.id = t.key_area_id
				join plan p on p.id = k.plan_id
				where a.closed_at is null %s
				order by a.due_date, k.ordinal, t.sort_order, a.id
				limit :limit
				""".formatted(DAYS_OVERDUE, where))
			.params(params)
			.query((rs, n) -> Map.entry(row(rs, todayDate),
					new RowKey(rs.getObject("due_date", LocalDate.class), rs.getInt("ordinal"), rs.getInt("sort_order"),
							rs.getLong("id"))))
			.list();
		boolean more = found.size() > ROWS_PER_PAGE;
		List<Map.Entry<DashboardRow, RowKey>> shown = more ? found.subList(0, ROWS_PER_PAGE) : found;
		return new GroupRows(agencyId, shown.stream().map(Map.Entry::getKey).toList(), after,
				more ? shown.get(shown.size() - 1).getValue() : null);
	}

	/**
	 * The ids of one agency's overdue assignments today: what "remind this agency" is
	 * about.
	 */
	public List<Long> overdueIdsOf(long agencyId) {
		Map<String, Object> params = baseParams();
		params.put("agency", agencyId);
		return this.jdbc
			.sql("select a.id from assignment a where a.closed_at is null and a.agency_id = :agency and "
					+ Deadlines.OVERDUE_SQL)
			.params(params)
			.query(Long.class)
			.list();
	}

	public List<Option> agencies() {
		return this.options.get(this.dataVersion.of(DataVersion.Scope.STRUCTURE), "agencies",
				() -> this.jdbc.sql("select id, name_vi, name_en from agency order by sort_order, name_vi")
					.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2), rs.getString(3)))
					.list());
	}

	private List<Option> areas() {
		return this.options.get(this.dataVersion.of(DataVersion.Scope.STRUCTURE), "areas", () -> this.jdbc.sql("""
				select k.id, p.number || ' · ' || k.ordinal || '. ' || k.title_vi,
				       p.number || ' · ' || k.ordinal || '. ' || k.title_en
				from key_area k join plan p on p.id = k.plan_id order by p.issued_on, p.id, k.ordinal
				""").query((rs, n) -> new Option(rs.getLong(1), rs.getString(2), rs.getString(3))).list());
	}

	/**
	 * Every agency that exists today ({@code agency_as_of}, as the reports count) with
	 * open assignments in the scope, in one GROUP BY over them: the numbers of the top
	 * cards and, for the chosen list, the group's size, oldest due date and most days
	 * overdue.
	 */
	private List<Tally> tallies(long version, DashboardFilter filter) {
		Map<String, Object> params = baseParams();
		String where = scope(filter, params);
		String inList = list(filter, params);
		String key = filter.view() + "|" + filter.agency() + "|" + filter.kind() + "|" + filter.area() + "|"
				+ filter.role() + "|" + filter.ageing() + "|" + filter.stale() + "|" + filter.plan() + "|"
				+ params.get("today") + "|" + this.dueSoonDays;
		if (filter.role() == null && filter.stale() == null) {
			return this.tallies.get(version, key, () -> figureTallies(filter));
		}
		// a role or days without update: facts the figure owner does not count by, so
		// from the assignments themselves
		return this.tallies.get(version, key, () -> this.jdbc.sql("""
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
					Metric.LIVE_COUNTED_SQL + " and " + Metric.ON_TIME.liveSql(), inList, DAYS_OVERDUE, where,
					Metric.LIVE_COUNTED_SQL + " and " + Metric.DUE.liveSql(), Metric.LIVE_COUNTED_SQL))
			.params(params)
			.query((rs, n) -> new Tally(rs.getLong(1), rs.getString(2), rs.getString(3),
					AgencyKind.valueOf(rs.getString(4)), rs.getInt(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
					rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getBoolean(13), rs.getLong(14),
					rs.getObject(15, LocalDate.class), rs.getLong(16), rs.getLong(17)))
			.list());
	}

	/**
	 * The same numbers summed from the figure owner's open work of today
	 * ({@link FigureSql#today}: its tally, a few rows per agency and key area, whatever
	 * the history), for the lists without a role or days-without-update filter: the tally
	 * tells apart the due dates of every ageing bucket and of the due-soon window.
	 */
	private List<Tally> figureTallies(DashboardFilter filter) {
		Map<String, Object> params = baseParams();
		params.put("cutoff", Deadlines.endOf((LocalDate) params.get("today")));
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
			where.append(" and a.key_area_id = :area");
			params.put("area", filter.area());
		}
		if (filter.onePlan()) {
			where.append(" and a.key_area_id in (select pk.id from key_area pk where pk.plan_id = :plan)");
			params.put("plan", filter.plan());
		}
		String inList = list(filter, params);
		String counted = "(not a.requested and " + Metric.IN_SCOPE_SQL + ")";
		return this.jdbc.sql("""
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
					DAYS_OVERDUE, where, counted + " and " + Metric.DUE.sql(), counted,
					FigureSql.today(OLDEST_BUCKET_DAYS, this.dueSoonDays)))
			.params(params)
			.query((rs, n) -> new Tally(rs.getLong(1), rs.getString(2), rs.getString(3),
					AgencyKind.valueOf(rs.getString(4)), rs.getInt(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
					rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getBoolean(13), rs.getLong(14),
					rs.getObject(15, LocalDate.class), rs.getLong(16), rs.getLong(17)))
			.list();
	}

	private static long sum(List<Tally> tallies, java.util.function.ToLongFunction<Tally> field) {
		return tallies.stream().mapToLong(field).sum();
	}

	private Map<String, Object> baseParams() {
		Map<String, Object> params = new HashMap<>();
		LocalDate todayDate = this.today.date();
		params.put("today", todayDate);
		// the one deadline rule (Metric): today has not ended, work due today is not yet
		// due
		params.put("dueBefore", Metric.dueBefore(todayDate, todayDate));
		params.put("dueSoonUntil", todayDate.plusDays(this.dueSoonDays));
		return params;
	}

	/** Which assignments: agency, kind, key area, plan, role. */
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
			where.append(" and a.task_id in (select kt.id from task kt where kt.key_area_id = :area)");
			params.put("area", filter.area());
		}
		if (filter.onePlan()) {
			where.append(" and a.task_id in (select pt.id from task pt join key_area pk on pk.id = pt.key_area_id"
					+ " where pk.plan_id = :plan)");
			params.put("plan", filter.plan());
		}
		if (filter.role() != null) {
			where.append(" and a.role = :role");
			params.put("role", filter.role().name());
		}
		return where.toString();
	}

	/**
	 * Which list, as one condition: overdue (with ageing bucket) or due soon, and how
	 * long without update.
	 */
	private static String list(DashboardFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("(")
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
		return where.append(")").toString();
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

	/** One agency's numbers in the scope, and its group in the chosen list. */
	private record Tally(long agencyId, String nameVi, String nameEn, AgencyKind kind, int sortOrder, long overdue,
			long dueSoon, long submitted, long returned, long completedOnTime, long dueSoFar, long inList,
			boolean requestOnly, long maxDaysOverdue, LocalDate minDueDate, long cityOverdue, long requestedOverdue) {

	}

}
