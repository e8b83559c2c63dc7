package vn.hanoi.plantracker.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.plantracker.assignment.AssignmentAccepted;
import vn.hanoi.plantracker.assignment.AssignmentReturned;
import vn.hanoi.plantracker.assignment.AssignmentSubmitted;
import vn.hanoi.plantracker.assignment.DeadlineChanged;
import vn.hanoi.plantracker.assignment.ExtensionDecided;
import vn.hanoi.plantracker.assignment.ExtensionRequested;
import vn.hanoi.plantracker.assignment.ReminderSent;
import vn.hanoi.plantracker.round.AgencyReportAccepted;
import vn.hanoi.plantracker.round.AgencyReportReturned;
import vn.hanoi.plantracker.round.AgencyReportSubmitted;
import vn.hanoi.plantracker.round.ConsolidatedReportApproved;
import vn.hanoi.plantracker.round.ConsolidatedReportDrafted;
import vn.hanoi.plantracker.round.RoundEscalated;
import vn.hanoi.plantracker.round.RoundReminderSent;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.user.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * For every kind of notification, the bell and email reach the same people: those who got
 * it in the application are exactly those mailed, less the ones without an address. A
 * real SMTP server (GreenMail) receives the mail. (The context is
 * {@link EmailNotificationTests}'.)
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025",
		"plantracker.base-url=https://kehoach.hanoi.gov.vn/",
		"spring.modulith.events.republish-outstanding-events-on-restart=false" })
class SameRecipientsTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DailyDigest digest;

	@Autowired
	MutableClock clock;

	/** An officer of the agency without an address: in the bell only. */
	private PlanUser withoutAddress;

	@Test
	void everyKindReachesTheSameRecipientsInTheBellAndByEmail() throws Exception {
		HealthPlan health = new HealthPlan(this.fixtures, this.accounts);
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		String optOut = "test.no-email." + commune.toLowerCase();
		if (!this.accounts.exists(optOut)) {
			this.accounts.create(optOut, "test-password-1", "Cán bộ không có thư", Role.OFFICER, commune);
		}
		this.withoutAddress = this.fixtures.user(optOut);
		PlanUser coordinator = health.coordinator();
		PlanUser leader = this.fixtures.user("leader");
		List<PlanUser> mailed = List.of(officer, coordinator, leader);
		mailed.forEach((user) -> setEmail(user, "u" + user.getId() + "@hanoi.gov.vn"));
		setEmail(this.withoutAddress, null);
		try {
			long agency = officer.getAgencyId();
			// due as the fixtures' own work: long overdue all through 2099, it crosses no
			// threshold there
			long a = health.newAssignment(commune, LocalDate.of(2030, 12, 15));
			long task = ((Number) this.fixtures.assignmentRow(a).get("task_id")).longValue();
			long round = health.round();
			LocalDate due = LocalDate.of(2099, 3, 1);
			check(NotificationKind.RETURNED, true, () -> publish(new AssignmentReturned(a, agency, task, "Bổ sung")));
			check(NotificationKind.ACCEPTED, true, () -> publish(new AssignmentAccepted(a, agency, task, due)));
			check(NotificationKind.REMINDER, true,
					() -> publish(new ReminderSent(agency, List.of(a), "Đề nghị báo cáo")));
			check(NotificationKind.DEADLINE_CHANGED, true,
					() -> publish(new DeadlineChanged(a, agency, task, due, due.plusDays(9), "Gia hạn", null)));
			check(NotificationKind.EXTENSION_REFUSED, true,
					() -> publish(new ExtensionDecided(1L, a, agency, task, false, "Không đủ căn cứ")));
			check(NotificationKind.SUBMITTED, false, () -> publish(new AssignmentSubmitted(a, agency, task)));
			check(NotificationKind.EXTENSION_REQUESTED, false,
					() -> publish(new ExtensionRequested(1L, a, agency, task, due, due.plusDays(9), "Chờ số liệu")));
			check(NotificationKind.ROUND_REMINDER, true,
					() -> publish(new RoundReminderSent(round, agency, "Báo cáo năm 2099", due)));
			check(NotificationKind.ROUND_RETURNED, true,
					() -> publish(new AgencyReportReturned(round, agency, "Báo cáo năm 2099", "Thiếu số liệu")));
			check(NotificationKind.ROUND_ACCEPTED, true,
					() -> publish(new AgencyReportAccepted(round, agency, "Báo cáo năm 2099")));
			check(NotificationKind.ROUND_SUBMITTED, false,
					() -> publish(new AgencyReportSubmitted(round, agency, "Báo cáo năm 2099", commune)));
			check(NotificationKind.ROUND_APPROVED, false,
					() -> publish(new ConsolidatedReportApproved(round, "Báo cáo năm 2099", "Lãnh đạo")));
			check(NotificationKind.ROUND_DRAFTED, false,
					() -> publish(new ConsolidatedReportDrafted(round, "Báo cáo năm 2099", 1)));
			check(NotificationKind.ROUND_ESCALATED, false,
					() -> publish(new RoundEscalated(round, "Báo cáo năm 2099", 3, List.of(commune))));
			// the daily jobs: the digest of a day nobody had it yet, and that day's
			// escalation, when the assignment above is long overdue
			LocalDate day = this.fixtures.jdbc()
				.sql("""
						select cast(d as date) from generate_series(date '2099-06-01', date '2099-12-30', interval '1 day') d
						where not exists (select 1 from escalation_sent e where e.escalation_date = cast(d as date))
						  and not exists (select 1 from digest_sent s where s.digest_date = cast(d as date))
						order by 1 limit 1""")
				.query(LocalDate.class)
				.single();
			this.clock.setHanoiTime(day.atTime(7, 0));
			check(NotificationKind.DIGEST, true, () -> this.digest.sendFor(day));
			check(NotificationKind.ESCALATION, false, () -> this.digest.escalateFor(day));
		}
		finally {
			this.clock.reset();
			mailed.forEach((user) -> setEmail(user, null));
		}
	}

	/**
	 * Publishes the event (or runs the job), waits for its notices, and compares the
	 * bell's recipients that have an address with the mail's; for the agency's own kinds,
	 * the officer without an address is in the bell's and mailed nothing.
	 */
	private void check(NotificationKind kind, boolean toOfficers, Runnable cause) throws Exception {
		long mark = this.fixtures.jdbc()
			.sql("select coalesce(max(id), 0) from notification")
			.query(Long.class)
			.single();
		java.util.Map<String, Integer> before = mailCounts();
		cause.run();
		await().atMost(Duration.ofSeconds(30)).until(() -> !bellAddresses(kind, mark).isEmpty());
		Set<String> bell = bellAddresses(kind, mark);
		await().atMost(Duration.ofSeconds(30)).until(() -> mailedSince(before).size() >= bell.size());
		assertThat(mailedSince(before)).as(kind + ": mailed = the bell's recipients with an address").isEqualTo(bell);
		if (toOfficers) {
			assertThat(this.fixtures.jdbc()
				.sql("select count(*) from notification where id > :mark and kind = :kind and recipient_id = :me")
				.param("mark", mark)
				.param("kind", kind.name())
				.param("me", this.withoutAddress.getId())
				.query(Long.class)
				.single()).isOne();
		}
	}

	/** Publishes the event as its module does: in a transaction that commits. */
	private void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private Set<String> bellAddresses(NotificationKind kind, long mark) {
		return new TreeSet<>(this.fixtures.jdbc()
			.sql("""
					select u.email from notification n join app_user u on u.id = n.recipient_id
					where n.id > :mark and n.kind = :kind and u.enabled and u.email is not null and u.email <> ''""")
			.param("mark", mark)
			.param("kind", kind.name())
			.query(String.class)
			.list());
	}

	/**
	 * The addresses mailed since the counts of {@code before} (GreenMail lists the
	 * messages by mailbox, not in the order they came).
	 */
	private static Set<String> mailedSince(java.util.Map<String, Integer> before) throws Exception {
		Set<String> addresses = new TreeSet<>();
		mailCounts().forEach((address, count) -> {
			if (count > before.getOrDefault(address, 0)) {
				addresses.add(address);
			}
		});
		return addresses;
	}

	private static java.util.Map<String, Integer> mailCounts() throws Exception {
		java.util.Map<String, Integer> counts = new java.util.HashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			Arrays.stream(message.getAllRecipients())
				.map(Object::toString)
				.forEach((address) -> counts.merge(address, 1, Integer::sum));
		}
		return counts;
	}

	private void setEmail(PlanUser user, String email) {
		this.fixtures.jdbc()
			.sql("update app_user set email = :email where id = :id")
			.param("email", email)
			.param("id", user.getId())
			.update();
	}

}
