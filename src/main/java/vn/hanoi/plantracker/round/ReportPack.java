package vn.hanoi.plantracker.round;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.plantracker.dashboard.AttentionRow;
import vn.hanoi.plantracker.dashboard.LeadershipAttention;
import vn.hanoi.plantracker.system.JobRuns;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.user.UserAccounts;

/**
 * The leadership pack ({@link ReportPackDocuments}: the summary as PDF and Excel and the
 * list of what needs leadership's attention), emailed to each leader with an address on
 * the configured schedule (default Monday 08:00 Hanoi time), and downloadable in the
 * application. Sent once per scheduled day: ShedLock keeps two nodes from running
 * together, and the {@code report_pack_sent} row, claimed in the same transaction as the
 * sending, keeps a late or repeated run from sending again (a failed send rolls the claim
 * back, so the next run tries again). A pack not sent at its time (the run failed, e.g.
 * during a database or mail outage, or no node was up) is tried once more
 * {@code plantracker.rounds.pack.retry-after} later (default an hour), by one node: the
 * retry holds a ShedLock lock until the next scheduled time, so it is tried once per
 * schedule across all nodes, however it ends.
 */
@Component
public class ReportPack {

	private static final Logger log = LoggerFactory.getLogger(ReportPack.class);

	private static final Locale VI = Locale.forLanguageTag("vi");

	private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ReportPackDocuments documents;

	private final LeadershipAttention attention;

	private final UserAccounts users;

	private final JavaMailSender mail;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Today today;

	private final CronExpression schedule;

	private final Duration retryAfter;

	private final LockingTaskExecutor locks;

	private final JobRuns.Job job;

	private final JobRuns.Job retryJob;

	ReportPack(ReportPackDocuments documents, LeadershipAttention attention, UserAccounts users,
			ObjectProvider<JavaMailSender> mail, JdbcClient jdbc, TransactionTemplate transactions, Today today,
			@Value("${plantracker.rounds.pack.cron:0 0 8 * * MON}") String schedule,
			@Value("${plantracker.rounds.pack.retry-after:1h}") Duration retryAfter, LockProvider locks, JobRuns jobs) {
		this.documents = documents;
		this.attention = attention;
		this.users = users;
		this.mail = mail.getIfAvailable();
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.today = today;
		this.schedule = CronExpression.parse(schedule);
		this.retryAfter = retryAfter;
		this.locks = new DefaultLockingTaskExecutor(locks);
		this.job = jobs.job("leadership-report-pack");
		this.retryJob = jobs.job("leadership-report-pack-retry");
	}

	@Scheduled(cron = "${plantracker.rounds.pack.cron:0 0 8 * * MON}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "leadership-report-pack", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	public void run() {
		this.job.run(() -> {
			int sent = sendFor(this.today.date());
			log.info("Leadership report pack: sent to {} leader(s)", sent);
		});
	}

	/**
	 * Looks for a pack whose time passed {@code retry-after} ago without it being sent
	 * (before its next scheduled time), and tries it once more. Cheap when there is none
	 * to look for: the window is worked out from the clock before the database is asked.
	 */
	@Scheduled(cron = "${plantracker.rounds.pack.retry-check-cron:0 */5 * * * *}", zone = "Asia/Ho_Chi_Minh")
	public void retryMissed() {
		if (this.mail == null) {
			return;
		}
		LocalDateTime now = this.today.now().atZone(HANOI).toLocalDateTime();
		LocalDateTime due = lastScheduledBefore(now.minus(this.retryAfter));
		LocalDateTime next = (due != null) ? this.schedule.next(due) : null;
		if (due == null || next == null || !now.isBefore(next)) {
			return;
		}
		LocalDate day = due.toLocalDate();
		if (sentOn(day)) {
			return;
		}
		// held until the next scheduled time: one retry per schedule, on one node
		Duration untilNext = Duration.between(now, next);
		LockConfiguration lock = new LockConfiguration(this.today.now(), "leadership-report-pack-retry",
				untilNext.plusMinutes(1), untilNext);
		this.locks.executeWithLock((Runnable) () -> this.retryJob.run(() -> {
			if (!sentOn(day)) {
				log.info("Leadership report pack of {} was not sent at {}: trying once more", day, due);
				int sent = sendFor(day);
				log.info("Leadership report pack of {}: sent to {} leader(s) on the retry", day, sent);
			}
		}), lock);
	}

	/** The latest scheduled time at or before {@code limit}, within five weeks. */
	private LocalDateTime lastScheduledBefore(LocalDateTime limit) {
		LocalDateTime last = null;
		for (LocalDateTime time = this.schedule.next(limit.minusWeeks(5)); time != null
				&& !time.isAfter(limit); time = this.schedule.next(time)) {
			last = time;
		}
		return last;
	}

	private boolean sentOn(LocalDate day) {
		return this.jdbc.sql("select count(*) from report_pack_sent where pack_date = :day")
			.param("day", day)
			.query(Long.class)
			.single() > 0;
	}

	/** Sends the pack of this day unless it went already; returns how many got it. */
	public int sendFor(LocalDate day) {
		if (this.mail == null) {
			log.info("Leadership report pack not emailed: email is off (spring.mail.host is not set)");
			return 0;
		}
		List<String> leaders = this.users.activeEmailsWithRole(Role.LEADER);
		if (leaders.isEmpty()) {
			return 0;
		}
		Integer sent = this.transactions.execute((status) -> {
			int claimed = this.jdbc.sql("""
					insert into report_pack_sent (pack_date, sent_at, recipients) values (:day, :now, :n)
					on conflict do nothing""")
				.param("day", day)
				.param("now", Timestamp.from(this.today.now()))
				.param("n", leaders.size())
				.update();
			if (claimed == 0) {
				return 0;
			}
			ReportPackDocuments.Contents pack = this.documents.contents(day, VI);
			MimeMessage[] messages = leaders.stream()
				.map((to) -> this.documents.message(this.mail, to, pack))
				.toArray(MimeMessage[]::new);
			this.mail.send(messages);
			return leaders.size();
		});
		return (sent != null) ? sent : 0;
	}

	/** The pack as one zip: the summary PDF and workbook and the attention list. */
	public byte[] zip(PlanUser user, Locale locale) {
		RoundAccess.requireOverview(user);
		return this.documents.contents(this.today.date(), locale).zip();
	}

	public List<AttentionRow> attention() {
		return this.attention.rows();
	}

	/** The day of the last pack sent: none on an install that has not sent one yet. */
	public Optional<LocalDate> lastSent() {
		return this.jdbc.sql("select pack_date from report_pack_sent order by pack_date desc limit 1")
			.query(LocalDate.class)
			.optional();
	}

	/**
	 * When the pack goes out next (Hanoi time), or none when email is off and it is not
	 * sent at all.
	 */
	public Optional<LocalDateTime> nextSending() {
		if (this.mail == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.schedule.next(this.today.now().atZone(HANOI).toLocalDateTime()));
	}

}
