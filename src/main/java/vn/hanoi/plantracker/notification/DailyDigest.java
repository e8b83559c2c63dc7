package vn.hanoi.plantracker.notification;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.plantracker.dashboard.LeadershipAttention;
import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.system.JobRuns;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.UserAccounts;

/**
 * Every morning at 07:00 in Hanoi ({@code plantracker.digest.cron}), each agency with
 * overdue or due-soon work gets one digest (in the application, and by email when it is
 * on), and the day's escalation goes out ({@link DailyEscalation}). Never twice for a
 * day: ShedLock keeps a second instance from running the job at the same time, and the
 * {@code digest_sent} row, claimed in the same transaction as the notifications, keeps a
 * restart or a late second run from sending again.
 */
@Component
public class DailyDigest {

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

	/** The hour of {@link #run}'s schedule. */
	private static final LocalTime SCHEDULED_AT = LocalTime.of(7, 0);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final NotificationChannels channels;

	private final UserAccounts users;

	private final Today today;

	private final int dueSoonDays;

	private final DailyEscalation escalation;

	private final JobRuns.Job job;

	DailyDigest(JdbcClient jdbc, TransactionTemplate transactions, NotificationChannels channels, UserAccounts users,
			Today today, @Value("${plantracker.dashboard.due-soon-days:7}") int dueSoonDays, DailyEscalation escalation,
			JobRuns jobs) {
		this.jdbc = jdbc;
		this.job = jobs.job("daily-digest");
		this.escalation = escalation;
		this.transactions = transactions;
		this.channels = channels;
		this.users = users;
		this.today = today;
		this.dueSoonDays = dueSoonDays;
	}

	@Scheduled(cron = "${plantracker.digest.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "daily-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	public void run() {
		this.job.run(() -> {
			int sent = sendFor(this.today.date());
			log.info("Daily digest: {} agencies notified", sent);
			escalateFor(this.today.date());
		});
	}

	/**
	 * At start, the digest and the escalation of today if their hour has passed while the
	 * application was down: each agency's digest and the day's escalation are claimed
	 * rows, so a node that starts after the job ran, or with another node, sends nothing
	 * twice.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void catchUpAtStart() {
		if (this.today.now().atZone(Today.ZONE).toLocalTime().isBefore(SCHEDULED_AT)) {
			return;
		}
		int sent = sendFor(this.today.date());
		boolean escalated = escalateFor(this.today.date());
		if (sent > 0 || escalated) {
			log.info("Daily digest caught up at start: {} agencies notified, escalation sent: {}", sent, escalated);
		}
	}

	/** Sends the digest of {@code date} to every agency that has not had it yet. */
	public int sendFor(LocalDate date) {
		List<AgencyDigest> digests = this.jdbc
			.sql("select a.agency_id, count(*) filter (where " + Deadlines.OVERDUE_SQL + "), count(*) filter (where "
					+ Deadlines.DUE_SOON_SQL + ") from assignment a where a.closed_at is null"
					+ " group by a.agency_id having count(*) filter (where " + Deadlines.OVERDUE_SQL + " or "
					+ Deadlines.DUE_SOON_SQL + ") > 0 order by a.agency_id")
			.param("today", date)
			.param("dueSoonUntil", date.plusDays(this.dueSoonDays))
			.query((rs, n) -> new AgencyDigest(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
			.list();
		int sent = 0;
		for (AgencyDigest digest : digests) {
			if (Boolean.TRUE.equals(this.transactions.execute((status) -> claimAndNotify(digest, date)))) {
				sent++;
			}
		}
		return sent;
	}

	private boolean claimAndNotify(AgencyDigest digest, LocalDate date) {
		int claimed = this.jdbc.sql("""
				insert into digest_sent (agency_id, digest_date, sent_at, overdue, due_soon)
				values (:agency, :date, :now, :overdue, :dueSoon) on conflict do nothing""")
			.param("agency", digest.agencyId())
			.param("date", date)
			.param("now", Timestamp.from(this.today.now()))
			.param("overdue", digest.overdue())
			.param("dueSoon", digest.dueSoon())
			.update();
		if (claimed == 1) {
			// the agency's officers, in the bell and by email (sent once this commits)
			this.channels.deliver(Notice.of(NotificationKind.DIGEST, null, digest.overdue(),
					Integer.toString(digest.dueSoon()), null), this.users.officerIdsOf(digest.agencyId()));
		}
		return claimed == 1;
	}

	/**
	 * Tells the leaders, and the coordinators of each plan's standing body about its own
	 * plans, once for the day, how many agencies have work overdue by more than
	 * {@value LeadershipAttention#ESCALATION_DAYS} days; nothing when there are none.
	 * Returns whether it was sent ({@link DailyEscalation}).
	 */
	public boolean escalateFor(LocalDate date) {
		return this.escalation.escalateFor(date);
	}

	private record AgencyDigest(long agencyId, int overdue, int dueSoon) {

	}

}
