package vn.hanoi.plantracker.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.VersionedCache;

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

	private final VersionedCache<LocalDate, List<AttentionRow>> cache;

	LeadershipAttention(JdbcClient jdbc, Today today, ReadCaches caches) {
		this.jdbc = jdbc;
		this.today = today;
		this.cache = caches.create("leadership-attention", 4);
	}

	/**
	 * One row per agency, the agency with the longest overdue assignment first (cached
	 * under the data version).
	 */
	public List<AttentionRow> rows() {
		LocalDate date = this.today.date();
		return this.cache.get(DataVersion.Scope.CITY, date, () -> rowsOf(date));
	}

	/** The rows as of {@code date} (today's work, counted on that day), uncached. */
	public List<AttentionRow> rowsOf(LocalDate date) {
		return this.jdbc.sql("""
				select ag.id, ag.name_vi, ag.name_en, count(*), max(cast(:today as date) - a.due_date)
				""" + ATTENTION_WORK + """
				group by ag.id, ag.name_vi, ag.name_en
				order by 5 desc, 4 desc, min(ag.sort_order), ag.id
				""")
			.param("today", date)
			.param("days", ESCALATION_DAYS)
			.query((rs, n) -> new AttentionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
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

	/** Assignments of one agency on one task overdue long enough for the leadership. */
	public record AttentionWork(long taskId, long agencyId, long count) {

	}

}
