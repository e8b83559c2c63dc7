package vn.hanoi.plantracker.notification;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.round.AgencyReportReturned;
import vn.hanoi.plantracker.round.AgencyReportSubmitted;
import vn.hanoi.plantracker.round.ConsolidatedReportApproved;
import vn.hanoi.plantracker.round.ConsolidatedReportDrafted;
import vn.hanoi.plantracker.round.RoundEscalated;
import vn.hanoi.plantracker.round.RoundReminderSent;

import vn.hanoi.plantracker.assignment.AssignmentAccepted;
import vn.hanoi.plantracker.assignment.AssignmentReturned;
import vn.hanoi.plantracker.assignment.AssignmentSubmitted;
import vn.hanoi.plantracker.assignment.ExtensionRequested;
import vn.hanoi.plantracker.assignment.ReminderSent;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.user.UserAccounts;

/**
 * The same notifications by email, in Vietnamese, to the agency's enabled officers that
 * have an address, when SMTP is configured ({@code spring.mail.host}); otherwise the
 * application says once, at start, that email is off. A separate listener from the in-app
 * one, so a mail server that is down never holds back the bell; the event publication
 * registry retries what did not complete.
 */
@Component
class EmailNotifications {

	private static final Logger log = LoggerFactory.getLogger(EmailNotifications.class);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MailSender mail;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final String from;

	private final UserAccounts users;

	private final PlanCoordinators recipients;

	/**
	 * The application's address as its users reach it ({@code plantracker.base-url}), for
	 * the link to the place to act; without it the email says to sign in.
	 */
	private final String baseUrl;

	EmailNotifications(ObjectProvider<MailSender> mail, JdbcClient jdbc, MessageSource messages,
			@Value("${plantracker.mail.from:plantracker@localhost}") String from, UserAccounts users,
			@Value("${plantracker.base-url:}") String baseUrl, PlanCoordinators recipients) {
		this.recipients = recipients;
		this.mail = mail.getIfAvailable();
		this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
		this.jdbc = jdbc;
		this.users = users;
		this.messages = messages;
		this.from = from;
		if (this.mail == null) {
			log.info("Email is off (spring.mail.host is not set): notifications are shown in the application only");
		}
	}

	@ApplicationModuleListener
	void on(AssignmentReturned event) {
		send(event.agencyId(), NotificationKind.RETURNED, event.assignmentId(), null, 1, event.reason());
	}

	@ApplicationModuleListener
	void on(AssignmentAccepted event) {
		send(event.agencyId(), NotificationKind.ACCEPTED, event.assignmentId(), null, 1, null);
	}

	@ApplicationModuleListener
	void on(ReminderSent event) {
		Long single = (event.assignmentIds().size() == 1) ? event.assignmentIds().get(0) : null;
		send(event.agencyId(), NotificationKind.REMINDER, single, null, event.assignmentIds().size(), event.message());
	}

	@ApplicationModuleListener
	void on(AssignmentSubmitted event) {
		deliver(planCoordinatorAddresses(event.assignmentId()), NotificationKind.SUBMITTED, event.assignmentId(), null,
				1, null, null, null);
	}

	@ApplicationModuleListener
	void on(ExtensionRequested event) {
		deliver(planCoordinatorAddresses(event.assignmentId()), NotificationKind.EXTENSION_REQUESTED,
				event.assignmentId(), null, 1, event.reason(), null, null);
	}

	/** The coordinators of the assignment's plan's standing body (PlanCoordinators). */
	private List<String> planCoordinatorAddresses(long assignmentId) {
		return (this.mail == null) ? List.of() : this.recipients.emailsOfAssignment(assignmentId);
	}

	/** Emails every enabled account of the role that has an address. */
	void sendToRole(Role role, NotificationKind kind, Long assignmentId, String subjectArg, int count, String detail) {
		deliver(roleAddresses(role), kind, assignmentId, subjectArg, count, detail, null, null);
	}

	private List<String> roundCoordinatorAddresses(long roundId) {
		return (this.mail == null) ? List.of() : this.recipients.emailsOfRound(roundId);
	}

	private List<String> roleAddresses(Role role) {
		return (this.mail == null) ? List.of() : this.users.activeEmailsWithRole(role);
	}

	@ApplicationModuleListener
	void on(RoundReminderSent event) {
		send(event.agencyId(), NotificationKind.ROUND_REMINDER, null, event.roundTitle(), 1,
				event.dueOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), event.roundId());
	}

	@ApplicationModuleListener
	void on(AgencyReportSubmitted event) {
		deliver(roundCoordinatorAddresses(event.roundId()), NotificationKind.ROUND_SUBMITTED, null, event.roundTitle(),
				1, event.agencyName(), event.roundId(), event.agencyId());
	}

	@ApplicationModuleListener
	void on(RoundEscalated event) {
		deliver(roleAddresses(Role.LEADER), NotificationKind.ROUND_ESCALATED, null, event.roundTitle(),
				event.agencies().size(), String.join("; ", event.agencies()), event.roundId(), null);
	}

	@ApplicationModuleListener
	void on(ConsolidatedReportDrafted event) {
		deliver(roleAddresses(Role.LEADER), NotificationKind.ROUND_DRAFTED, null, event.roundTitle(),
				(int) event.revision(), null, event.roundId(), null);
	}

	@ApplicationModuleListener
	void on(ConsolidatedReportApproved event) {
		deliver(roundCoordinatorAddresses(event.roundId()), NotificationKind.ROUND_APPROVED, null, event.roundTitle(),
				1, event.approvedBy(), event.roundId(), null);
	}

	@ApplicationModuleListener
	void on(AgencyReportReturned event) {
		send(event.agencyId(), NotificationKind.ROUND_RETURNED, null, event.roundTitle(), 1, event.reason(),
				event.roundId());
	}

	/**
	 * Emails the agency's officers; {@code subject} defaults to the assignment's task
	 * code.
	 */
	void send(long agencyId, NotificationKind kind, Long assignmentId, String subjectArg, int count, String detail) {
		send(agencyId, kind, assignmentId, subjectArg, count, detail, null);
	}

	private void send(long agencyId, NotificationKind kind, Long assignmentId, String subjectArg, int count,
			String detail, Long roundId) {
		if (this.mail == null) {
			return;
		}
		List<String> addresses = this.jdbc.sql("""
				select email from app_user
				where agency_id = :agency and role = 'OFFICER' and enabled and email is not null and email <> ''
				order by id""").param("agency", agencyId).query(String.class).list();
		deliver(addresses, kind, assignmentId, subjectArg, count, detail, roundId, agencyId);
	}

	private void deliver(List<String> addresses, NotificationKind kind, Long assignmentId, String subjectArg, int count,
			String detail, Long roundId, Long agencyId) {
		if (addresses.isEmpty() || this.mail == null) {
			return;
		}
		String taskCode = (assignmentId == null) ? null
				: this.jdbc.sql("select t.code from assignment a join task t on t.id = a.task_id where a.id = :id")
					.param("id", assignmentId)
					.query(String.class)
					.optional()
					.orElse(null);
		String subject = this.messages.getMessage("notification.kind." + kind,
				new Object[] { (subjectArg != null) ? subjectArg : taskCode, count }, VIETNAMESE);
		StringBuilder body = new StringBuilder(subject).append("\n\n");
		if (detail != null) {
			body.append(detail).append("\n\n");
		}
		if (!this.baseUrl.isEmpty()) {
			// the place to act, as the bell's entry leads there
			body.append(this.messages.getMessage("notification.email.link",
					new Object[] { this.baseUrl + NotificationView.targetOf(kind, assignmentId, roundId, agencyId) },
					VIETNAMESE))
				.append("\n\n");
		}
		body.append(this.messages.getMessage("notification.email.footer", null, VIETNAMESE));
		// one message per officer: no officer sees another's address
		SimpleMailMessage[] perOfficer = addresses.stream().map((address) -> {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(address);
			message.setSubject(
					this.messages.getMessage("notification.email.subjectPrefix", null, VIETNAMESE) + " " + subject);
			message.setText(body.toString());
			return message;
		}).toArray(SimpleMailMessage[]::new);
		this.mail.send(perOfficer);
	}

}
