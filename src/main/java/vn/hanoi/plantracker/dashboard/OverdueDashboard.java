package vn.hanoi.plantracker.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.VersionedCache;

/**
 * The overdue and due-soon lists, grouped by agency. One statement tallies every agency
 * (the top numbers and the groups come from it: {@link AgencyTallies}); the rows of a
 * group are read only when it is opened, a page of {@value #ROWS_PER_PAGE} at a time.
 * Statements per page do not depend on the number of agencies or assignments.
 */
@Component
@Transactional(readOnly = true)
public class OverdueDashboard {

	static final int PAGE_SIZE = 20;

	public static final int ROWS_PER_PAGE = 50;

	private static final Map<String, Comparator<Tally>> GROUP_ORDER = Map.of("due",
			Comparator.comparing(Tally::minDueDate), "count", Comparator.comparingLong(Tally::inList), "agency",
			Comparator.comparingInt(Tally::sortOrder));

	private final JdbcClient jdbc;

	private final Today today;

	private final int dueSoonDays;

	private final AgencyTallies tallies;

	private final VersionedCache<String, List<Option>> options;

	OverdueDashboard(JdbcClient jdbc, Today today, AgencyTallies tallies,
			@Value("${plantracker.dashboard.due-soon-days:7}") int dueSoonDays, ReadCaches caches) {
		this.jdbc = jdbc;
		this.today = today;
		this.dueSoonDays = dueSoonDays;
		this.tallies = tallies;
		this.options = caches.create("overdue-options", 2);
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
		List<Tally> all = this.tallies.tallies(filter);
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
		Map<String, Object> params = DashboardSql.baseParams(this.today.date(), this.dueSoonDays);
		String where = DashboardSql.scope(filter, params) + " and " + DashboardSql.list(filter, params)
				+ " and a.agency_id = :group";
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
				""".formatted(DashboardSql.DAYS_OVERDUE, where))
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
		Map<String, Object> params = DashboardSql.baseParams(this.today.date(), this.dueSoonDays);
		params.put("agency", agencyId);
		return this.jdbc
			.sql("select a.id from assignment a where a.closed_at is null and a.agency_id = :agency and "
					+ Deadlines.OVERDUE_SQL)
			.params(params)
			.query(Long.class)
			.list();
	}

	public List<Option> agencies() {
		return this.options.get(DataVersion.Scope.STRUCTURE, "agencies",
				() -> this.jdbc.sql("select id, name_vi, name_en from agency order by sort_order, name_vi")
					.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2), rs.getString(3)))
					.list());
	}

	private List<Option> areas() {
		return this.options.get(DataVersion.Scope.STRUCTURE, "areas", () -> this.jdbc.sql("""
				select k.id, p.number || ' · ' || k.ordinal || '. ' || k.title_vi,
				       p.number || ' · ' || k.ordinal || '. ' || k.title_en
				from key_area k join plan p on p.id = k.plan_id order by p.issued_on, p.id, k.ordinal
				""").query((rs, n) -> new Option(rs.getLong(1), rs.getString(2), rs.getString(3))).list());
	}

	private static long sum(List<Tally> tallies, java.util.function.ToLongFunction<Tally> field) {
		return tallies.stream().mapToLong(field).sum();
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
