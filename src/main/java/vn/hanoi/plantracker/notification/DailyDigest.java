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
import org.springframework.mail.MailException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.plantracker.dashboard.LeadershipAttention;
import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.system.JobRuns;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.Role;

/**
 * Every morning at 07:00 in Hanoi ({@code plantracker.digest.cron}), each agency with
 * overdue or due-soon work gets one digest (in the application, and by email when it is
 * on). Never twice for a day: ShedLock keeps a second instance from running the job at
 * the same time, and the {@code digest_sent} row, claimed in the same transaction as the
 * notifications, keeps a restart or a late second run from sending again.
 */
@Component
public class DailyDigest {

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

	/** The hour of {@link #run}'s schedule. */
	private static final LocalTime SCHEDULED_AT = LocalTime.of(7, 0);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final NotificationListener inApp;

	private final EmailNotifications email;

	private final Today today;

	private final int dueSoonDays;

	private final LeadershipAttention attention;

	private final JobRuns.Job job;

	DailyDigest(JdbcClient jdbc, TransactionTemplate transactions, NotificationListener inApp, EmailNotifications email,
			Today today, @Value("${plantracker.dashboard.due-soon-days:7}") int dueSoonDays,
			LeadershipAttention attention, JobRuns jobs) {
		this.jdbc = jdbc;
		this.job = jobs.job("daily-digest");
		this.attention = attention;
		this.transactions = transactions;
		this.inApp = inApp;
		this.email = email;
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
				try {
					this.email.send(digest.agencyId(), NotificationKind.DIGEST, null,
							Integer.toString(digest.dueSoon()), digest.overdue(), null);
				}
				catch (MailException ex) {
					log.warn("Digest email to agency {} failed: {}", digest.agencyId(), ex.getMessage());
				}
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
			this.inApp.notifyOfficers(digest.agencyId(), NotificationKind.DIGEST, null, digest.overdue(),
					Integer.toString(digest.dueSoon()), null);
		}
		return claimed == 1;
	}

	/**
	 * Tells the coordinators and the leaders, once for the day, how many agencies have
	 * work overdue by more than {@value LeadershipAttention#ESCALATION_DAYS} days;
	 * nothing when there are none. Returns whether it was sent.
	 */
	public boolean escalateFor(LocalDate date) {
		// the agencies of the attention list, counted by its owner: the notification and
		// the list the leader opens can never disagree
		List<vn.hanoi.plantracker.dashboard.AttentionRow> rows = this.attention.rowsOf(date);
		Escalation escalation = new Escalation(rows.size(),
				(int) rows.stream().mapToLong(vn.hanoi.plantracker.dashboard.AttentionRow::count).sum());
		if (escalation.agencies() == 0) {
			return false;
		}
		Boolean sent = this.transactions.execute((status) -> {
			int claimed = this.jdbc.sql("""
					insert into escalation_sent (escalation_date, sent_at, agencies, assignments)
					values (:date, :now, :agencies, :assignments) on conflict do nothing""")
				.param("date", date)
				.param("now", Timestamp.from(this.today.now()))
				.param("agencies", escalation.agencies())
				.param("assignments", escalation.assignments())
				.update();
			if (claimed == 1) {
				for (Role role : ESCALATED_TO) {
					this.inApp.notifyRole(role, NotificationKind.ESCALATION, null, escalation.agencies(),
							Integer.toString(escalation.assignments()), null);
				}
			}
			return claimed == 1;
		});
		if (Boolean.TRUE.equals(sent)) {
			try {
				for (Role role : ESCALATED_TO) {
					this.email.sendToRole(role, NotificationKind.ESCALATION, null,
							Integer.toString(escalation.assignments()), escalation.agencies(), null);
				}
			}
			catch (MailException ex) {
				log.warn("Escalation email failed: {}", ex.getMessage());
			}
		}
		return Boolean.TRUE.equals(sent);
	}

	private static final List<Role> ESCALATED_TO = List.of(Role.COORDINATOR, Role.LEADER);

	private record Escalation(int agencies, int assignments) {

	}

	private record AgencyDigest(long agencyId, int overdue, int dueSoon) {

	}

}
