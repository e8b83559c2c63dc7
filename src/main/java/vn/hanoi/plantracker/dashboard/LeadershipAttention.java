package vn.hanoi.plantracker.dashboard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.plan.PlanAccess;
import vn.hanoi.plantracker.system.ViewerScope;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.PerAgencyCache;

/**
 * Escalation: the city's agencies (existing today; the requested bodies are counted
 * apart, as in every figure of the city) with assignments overdue by more than
 * {@value #ESCALATION_DAYS} days, in one GROUP BY statement.
 */
@Component
@Transactional(readOnly = true)
public class LeadershipAttention {

	public static final int ESCALATION_DAYS = 30;

	/**
	 * What needs the leadership's attention on {@code :today}: the open assignments of
	 * the agencies existing that day, overdue (and counted) by more than {@code :days}
	 * days. The one place this rule is written.
	 */
	private static final String ATTENTION_WORK = """
			from assignment a
			join agency_as_of(cast(:today as date)) ag on ag.id = a.agency_id
			where a.closed_at is null and """ + Deadlines.OVERDUE_SQL + " and " + Metric.LIVE_COUNTED_SQL + """
			 and cast(:today as date) - a.due_date > :days
			""";

	private final JdbcClient jdbc;

	private final Today today;

	private final PlanAccess plans;

	private final PerAgencyCache<Key, Ranked> cache;

	LeadershipAttention(JdbcClient jdbc, Today today, PlanAccess plans, ReadCaches caches) {
		this.jdbc = jdbc;
		this.today = today;
		this.plans = plans;
		// the city's and each coordinating agency's, of a day or two
		this.cache = caches.createPerAgency("leadership-attention", 32);
	}

	/**
	 * One row per agency, the agency with the longest overdue assignment first (each
	 * agency's row kept under its data version): the city's.
	 */
	public List<AttentionRow> rows() {
		LocalDate date = this.today.date();
		return ordered(this.cache.get(new Key(date, null), (key, agencies) -> read(date, null, agencies)).values());
	}

	/**
	 * The rows the viewer is shown: a coordinator's hold the work of the plans their
	 * agency is the standing body of only ({@link PlanAccess#coordinatedAreaIds}), as the
	 * daily escalation tells them; everyone else's are the city's ({@link #rows()}).
	 */
	public List<AttentionRow> rows(PlanUser viewer) {
		List<Long> areas = this.plans.coordinatedAreaIds(viewer).orElse(null);
		if (areas == null) {
			return rows();
		}
		LocalDate date = this.today.date();
		// whose view: ViewerScope, which holds the coordinator's agency and so its plans
		return ordered(
				this.cache.get(new Key(date, viewer.viewerScope()), (key, agencies) -> read(date, areas, agencies))
					.values());
	}

	/**
	 * Whether {@link #rows(PlanUser)} gives the viewer the work of the plans their agency
	 * runs only (a coordinator), not the city's.
	 */
	public boolean onlyCoordinatedPlans(PlanUser viewer) {
		return this.plans.coordinatedAreaIds(viewer).isPresent();
	}

	/** The rows as of {@code date} (today's work, counted on that day), uncached. */
	public List<AttentionRow> rowsOf(LocalDate date) {
		return rowsOf(date, null);
	}

	/** The rows of the work of the key areas {@code areas} (null: of every one). */
	private List<AttentionRow> rowsOf(LocalDate date, List<Long> areas) {
		return ordered(read(date, areas, null).values());
	}

	/**
	 * The rows of the agencies {@code agencies} (null: of every one) with work in the key
	 * areas {@code areas} (null: in any), by agency.
	 */
	private Map<Long, Ranked> read(LocalDate date, List<Long> areas, Set<Long> agencies) {
		Map<String, Object> params = new HashMap<>();
		params.put("today", date);
		params.put("days", ESCALATION_DAYS);
		Map<Long, Ranked> rows = new HashMap<>();
		this.jdbc.sql("""
				select ag.id, ag.name_vi, ag.name_en, count(*), max(cast(:today as date) - a.due_date), ag.sort_order
				""" + ATTENTION_WORK + DashboardSql.inAreas(areas, params) + DashboardSql.ofAgencies(agencies, params)
				+ """

						group by ag.id, ag.name_vi, ag.name_en, ag.sort_order
						""")
			.params(params)
			.query((RowCallbackHandler) (rs) -> rows.put(rs.getLong(1), new Ranked(
					new AttentionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)),
					rs.getInt(6))));
		return rows;
	}

	/**
	 * The agency with the longest overdue assignment first, then the one with the most,
	 * then by the agencies' order.
	 */
	private static List<AttentionRow> ordered(Collection<Ranked> rows) {
		return rows.stream()
			.sorted(Comparator.comparingLong((Ranked r) -> -r.row().maxDaysOverdue())
				.thenComparingLong((r) -> -r.row().count())
				.thenComparingInt(Ranked::sortOrder)
				.thenComparingLong((r) -> r.row().agencyId()))
			.map(Ranked::row)
			.toList();
	}

	/** A row with its agency's place in the agencies' order. */
	private record Ranked(AttentionRow row, int sortOrder) {

	}

	/**
	 * The same work as {@link #rowsOf}, by task and agency (how many assignments of each
	 * agency on each task): what the escalation tells each plan's coordinators of. One
	 * statement, whatever the number of tasks.
	 */
	public List<AttentionWork> workOf(LocalDate date) {
		return this.jdbc
			.sql("select a.task_id, a.agency_id, count(*)\n" + ATTENTION_WORK + "group by a.task_id, a.agency_id\n")
			.param("today", date)
			.param("days", ESCALATION_DAYS)
			.query((rs, n) -> new AttentionWork(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	/** A day's rows of one viewer scope (null: the city's). */
	private record Key(LocalDate date, ViewerScope viewer) {

	}

	/** Assignments of one agency on one task overdue long enough for the leadership. */
	public record AttentionWork(long taskId, long agencyId, long count) {

	}

}
