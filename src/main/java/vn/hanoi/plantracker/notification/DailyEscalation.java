package vn.hanoi.plantracker.notification;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.plantracker.dashboard.AttentionRow;
import vn.hanoi.plantracker.dashboard.LeadershipAttention;
import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.user.UserAccounts;

/**
 * Once a day, the work overdue by more than {@value LeadershipAttention#ESCALATION_DAYS}
 * days: the leaders hear of the whole city (the agencies of the attention list, counted
 * by its owner, so the notice and the list the leader opens never disagree); the
 * coordinators of each standing body hear of the plans it runs only
 * ({@link PlanCoordinators}), and not at all when those have none. Claimed once per day
 * ({@code escalation_sent}) in the transaction that writes the notices.
 */
@Component
class DailyEscalation {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Today today;

	private final LeadershipAttention attention;

	private final PlanCoordinators coordinators;

	private final UserAccounts users;

	private final NotificationChannels channels;

	DailyEscalation(JdbcClient jdbc, TransactionTemplate transactions, Today today, LeadershipAttention attention,
			PlanCoordinators coordinators, UserAccounts users, NotificationChannels channels) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.today = today;
		this.attention = attention;
		this.coordinators = coordinators;
		this.users = users;
		this.channels = channels;
	}

	/**
	 * Sends the escalation of {@code date} unless it was sent; returns whether it was.
	 */
	boolean escalateFor(LocalDate date) {
		List<AttentionRow> rows = this.attention.rowsOf(date);
		if (rows.isEmpty()) {
			return false;
		}
		Tally city = new Tally(rows.size(), rows.stream().mapToLong(AttentionRow::count).sum());
		Map<Long, Tally> byStandingBody = byStandingBody(date);
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			int claimed = this.jdbc.sql("""
					insert into escalation_sent (escalation_date, sent_at, agencies, assignments)
					values (:date, :now, :agencies, :assignments) on conflict do nothing""")
				.param("date", date)
				.param("now", Timestamp.from(this.today.now()))
				.param("agencies", city.agencies())
				.param("assignments", (int) city.assignments())
				.update();
			if (claimed == 1) {
				this.channels.deliver(city.notice(), this.users.activeIdsWithRole(Role.LEADER));
				byStandingBody.forEach(
						(body, tally) -> this.channels.deliver(tally.notice(), this.coordinators.ofStandingBody(body)));
			}
			return claimed == 1;
		}));
	}

	/**
	 * The same work as the attention list's, by the standing body of its plan: how many
	 * agencies and assignments each body's plans have overdue that long.
	 */
	private Map<Long, Tally> byStandingBody(LocalDate date) {
		Map<Long, Optional<Long>> bodyOfTask = new HashMap<>();
		Map<Long, Set<Long>> agencies = new TreeMap<>();
		Map<Long, Long> assignments = new HashMap<>();
		this.jdbc.sql("""
				select a.task_id, a.agency_id, count(*)
				from assignment a
				join agency_as_of(cast(:today as date)) ag on ag.id = a.agency_id
				where a.closed_at is null and """ + Deadlines.OVERDUE_SQL + " and " + Metric.LIVE_COUNTED_SQL + """
				 and cast(:today as date) - a.due_date > :days
				group by a.task_id, a.agency_id
				""")
			.param("today", date)
			.param("days", LeadershipAttention.ESCALATION_DAYS)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.list()
			.forEach((row) -> bodyOfTask.computeIfAbsent(row[0], this.coordinators::standingBodyOfTask)
				.ifPresent((body) -> {
					agencies.computeIfAbsent(body, (b) -> new HashSet<>()).add(row[1]);
					assignments.merge(body, row[2], Long::sum);
				}));
		Map<Long, Tally> tallies = new TreeMap<>();
		agencies.forEach((body, set) -> tallies.put(body, new Tally(set.size(), assignments.get(body))));
		return tallies;
	}

	/** How many agencies have how many assignments overdue that long. */
	private record Tally(int agencies, long assignments) {

		Notice notice() {
			return Notice.of(NotificationKind.ESCALATION, null, this.agencies, Long.toString(this.assignments), null);
		}

	}

}
