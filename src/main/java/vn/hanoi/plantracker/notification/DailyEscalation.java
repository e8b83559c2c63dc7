package vn.hanoi.plantracker.notification;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.plantracker.dashboard.LeadershipAttention;
import vn.hanoi.plantracker.dashboard.LeadershipAttention.AttentionWork;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.user.UserAccounts;

/**
 * Once a day, the work overdue by more than {@value LeadershipAttention#ESCALATION_DAYS}
 * days: the leaders hear of the whole city (the work of the attention list, as its owner
 * selects it, so the notice and the list the leader opens never disagree); the
 * coordinators of each standing body hear of the plans it runs only
 * ({@link PlanCoordinators}), and not at all when those have none. Claimed once per day
 * ({@code escalation_sent}) in the transaction that writes the notices. A fixed number of
 * statements, whatever the number of tasks, agencies and standing bodies.
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
		List<AttentionWork> work = this.attention.workOf(date);
		if (work.isEmpty()) {
			return false;
		}
		Tally city = Tally.of(work);
		Map<Long, Tally> byStandingBody = byStandingBody(work);
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
				List<NotificationChannels.Delivery> deliveries = new ArrayList<>();
				deliveries
					.add(new NotificationChannels.Delivery(city.notice(), this.users.activeIdsWithRole(Role.LEADER)));
				Map<Long, List<Long>> coordinatorsOf = this.coordinators.ofStandingBodies(byStandingBody.keySet());
				byStandingBody.forEach((body, tally) -> deliveries.add(new NotificationChannels.Delivery(tally.notice(),
						coordinatorsOf.getOrDefault(body, List.of()))));
				this.channels.deliver(deliveries);
			}
			return claimed == 1;
		}));
	}

	/**
	 * The same work by the standing body of its plan: how many agencies and assignments
	 * each body's plans have overdue that long.
	 */
	private Map<Long, Tally> byStandingBody(List<AttentionWork> work) {
		Map<Long, Long> bodyOfTask = this.coordinators
			.standingBodiesOfTasks(work.stream().map(AttentionWork::taskId).collect(Collectors.toSet()));
		Map<Long, List<AttentionWork>> byBody = work.stream()
			.filter((row) -> bodyOfTask.containsKey(row.taskId()))
			.collect(Collectors.groupingBy((row) -> bodyOfTask.get(row.taskId()), TreeMap::new, Collectors.toList()));
		Map<Long, Tally> tallies = new TreeMap<>();
		byBody.forEach((body, rows) -> tallies.put(body, Tally.of(rows)));
		return tallies;
	}

	/** How many agencies have how many assignments overdue that long. */
	private record Tally(int agencies, long assignments) {

		static Tally of(List<AttentionWork> work) {
			return new Tally((int) work.stream().map(AttentionWork::agencyId).distinct().count(),
					work.stream().mapToLong(AttentionWork::count).sum());
		}

		Notice notice() {
			return Notice.of(NotificationKind.ESCALATION, null, this.agencies, Long.toString(this.assignments), null);
		}

	}

}
