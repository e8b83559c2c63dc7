package vn.hanoi.plantracker.notification;

import java.sql.Timestamp;
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
		if (recipients.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into notification (recipient_id, kind, assignment_id, item_count, subject, detail, created_at,
				                          round_id, agency_id)
				select r, :kind, :assignment, :count, :subject, :detail, :now, :round, :agency
				from unnest(cast(:recipients as bigint[])) as r
				""")
			.param("kind", notice.kind().name())
			.param("assignment", notice.assignmentId(), java.sql.Types.BIGINT)
			.param("count", notice.itemCount())
			.param("subject", notice.subject(), java.sql.Types.VARCHAR)
			.param("detail", notice.detail(), java.sql.Types.VARCHAR)
			.param("now", Timestamp.from(this.today.now()))
			.param("round", notice.roundId(), java.sql.Types.BIGINT)
			.param("agency", notice.agencyId(), java.sql.Types.BIGINT)
			.param("recipients", recipients.toArray(new Long[0]))
			.update();
		if (this.email.isOn()) {
			this.events.publishEvent(new NoticeSent(notice, List.copyOf(recipients)));
		}
	}

}
