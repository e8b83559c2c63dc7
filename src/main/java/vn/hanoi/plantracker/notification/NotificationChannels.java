package vn.hanoi.plantracker.notification;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.Today;

/**
 * The two channels of a notice, fed with one list of recipients: the bell (one row per
 * recipient, written in the caller's transaction) and email ({@link NoticeSent}, mailed
 * by {@link EmailNotifications} after that transaction commits, when email is on). Who
 * the recipients are is decided before, once, by the caller.
 */
@Component
class NotificationChannels {

	private final JdbcClient jdbc;

	private final Today today;

	private final ApplicationEventPublisher events;

	private final EmailNotifications email;

	NotificationChannels(JdbcClient jdbc, Today today, ApplicationEventPublisher events, EmailNotifications email) {
		this.jdbc = jdbc;
		this.today = today;
		this.events = events;
		this.email = email;
	}

	/** The notice to each recipient's bell and, when email is on, to their mailbox. */
	@Transactional(propagation = Propagation.MANDATORY)
	void deliver(Notice notice, List<Long> recipients) {
		deliver(List.of(new Delivery(notice, recipients)));
	}

	/**
	 * Each notice to its recipients, as {@link #deliver(Notice, List)}: the bells in one
	 * statement, whatever the number of notices.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void deliver(List<Delivery> deliveries) {
		List<Long> recipients = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		List<Long> assignments = new ArrayList<>();
		List<Integer> counts = new ArrayList<>();
		List<String> subjects = new ArrayList<>();
		List<String> details = new ArrayList<>();
		List<Long> rounds = new ArrayList<>();
		List<Long> agencies = new ArrayList<>();
		for (Delivery delivery : deliveries) {
			Notice notice = delivery.notice();
			for (Long recipient : delivery.recipients()) {
				recipients.add(recipient);
				kinds.add(notice.kind().name());
				assignments.add(notice.assignmentId());
				counts.add(notice.itemCount());
				subjects.add(notice.subject());
				details.add(notice.detail());
				rounds.add(notice.roundId());
				agencies.add(notice.agencyId());
			}
		}
		if (recipients.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into notification (recipient_id, kind, assignment_id, item_count, subject, detail, created_at,
				                          round_id, agency_id)
				select n.recipient, n.kind, n.assignment, n.count, n.subject, n.detail, :now, n.round, n.agency
				from unnest(cast(:recipients as bigint[]), cast(:kinds as varchar[]), cast(:assignments as bigint[]),
				            cast(:counts as integer[]), cast(:subjects as varchar[]), cast(:details as varchar[]),
				            cast(:rounds as bigint[]), cast(:agencies as bigint[]))
				  as n(recipient, kind, assignment, count, subject, detail, round, agency)
				""")
			.param("now", Timestamp.from(this.today.now()))
			.param("recipients", recipients.toArray(new Long[0]))
			.param("kinds", kinds.toArray(new String[0]))
			.param("assignments", assignments.toArray(new Long[0]))
			.param("counts", counts.toArray(new Integer[0]))
			.param("subjects", subjects.toArray(new String[0]))
			.param("details", details.toArray(new String[0]))
			.param("rounds", rounds.toArray(new Long[0]))
			.param("agencies", agencies.toArray(new Long[0]))
			.update();
		if (this.email.isOn()) {
			deliveries.stream()
				.filter((delivery) -> !delivery.recipients().isEmpty())
				.forEach((delivery) -> this.events
					.publishEvent(new NoticeSent(delivery.notice(), List.copyOf(delivery.recipients()))));
		}
	}

	/** A notice and who receives it. */
	record Delivery(Notice notice, List<Long> recipients) {

	}

}
