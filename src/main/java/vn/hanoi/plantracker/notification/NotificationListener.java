package vn.hanoi.plantracker.notification;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

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
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.user.UserAccounts;

/**
 * Turns the assignment module's events into one notification for each enabled officer of
 * the agency concerned, and, for work that waits on the coordinator (a submission, an
 * extension request, a round report), for each enabled coordinator of the plan's standing
 * body ({@link PlanCoordinators}). Runs after the change commits, from the event
 * publication registry, so a crash in between does not lose the notification.
 */
@Component
class NotificationListener {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final Today today;

	private final PlanCoordinators recipients;

	NotificationListener(JdbcClient jdbc, UserAccounts users, Today today, PlanCoordinators recipients) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.users = users;
		this.today = today;
	}

	@ApplicationModuleListener
	void on(AssignmentReturned event) {
		notifyOfficers(event.agencyId(), NotificationKind.RETURNED, event.assignmentId(), 1, null, event.reason());
	}

	@ApplicationModuleListener
	void on(AssignmentAccepted event) {
		notifyOfficers(event.agencyId(), NotificationKind.ACCEPTED, event.assignmentId(), 1, null, null);
	}

	@ApplicationModuleListener
	void on(ReminderSent event) {
		Long single = (event.assignmentIds().size() == 1) ? event.assignmentIds().get(0) : null;
		notifyOfficers(event.agencyId(), NotificationKind.REMINDER, single, event.assignmentIds().size(), null,
				event.message());
	}

	@ApplicationModuleListener
	void on(DeadlineChanged event) {
		notifyOfficers(event.agencyId(), NotificationKind.DEADLINE_CHANGED, event.assignmentId(), 1, null,
				DATE.format(event.before()) + " → " + DATE.format(event.after())
						+ ((event.reason() != null) ? ": " + event.reason() : ""));
	}

	@ApplicationModuleListener
	void on(ExtensionDecided event) {
		if (!event.approved()) {
			// an approved extension is announced by the DeadlineChanged it causes
			notifyOfficers(event.agencyId(), NotificationKind.EXTENSION_REFUSED, event.assignmentId(), 1, null,
					event.note());
		}
	}

	@ApplicationModuleListener
	void on(RoundReminderSent event) {
		insert(this.users.officerIdsOf(event.agencyId()), NotificationKind.ROUND_REMINDER, null, 1, event.roundTitle(),
				DATE.format(event.dueOn()), event.roundId(), event.agencyId());
	}

	@ApplicationModuleListener
	void on(AgencyReportReturned event) {
		insert(this.users.officerIdsOf(event.agencyId()), NotificationKind.ROUND_RETURNED, null, 1, event.roundTitle(),
				event.reason(), event.roundId(), event.agencyId());
	}

	@ApplicationModuleListener
	void on(AgencyReportAccepted event) {
		insert(this.users.officerIdsOf(event.agencyId()), NotificationKind.ROUND_ACCEPTED, null, 1, event.roundTitle(),
				null, event.roundId(), event.agencyId());
	}

	/** Leadership hears which agencies still have not sent their round report. */
	@ApplicationModuleListener
	void on(RoundEscalated event) {
		insert(this.users.activeIdsWithRole(Role.LEADER), NotificationKind.ROUND_ESCALATED, null,
				event.agencies().size(), event.roundTitle(), String.join("; ", event.agencies()), event.roundId(),
				null);
	}

	/**
	 * The coordinators of the round's plan hear that an agency's round report waits on
	 * their review.
	 */
	@ApplicationModuleListener
	void on(AgencyReportSubmitted event) {
		insert(this.recipients.ofRound(event.roundId()), NotificationKind.ROUND_SUBMITTED, null, 1, event.roundTitle(),
				event.agencyName(), event.roundId(), event.agencyId());
	}

	/** Leadership hears that a draft consolidated report waits on its approval. */
	@ApplicationModuleListener
	void on(ConsolidatedReportDrafted event) {
		insert(this.users.activeIdsWithRole(Role.LEADER), NotificationKind.ROUND_DRAFTED, null, (int) event.revision(),
				event.roundTitle(), null, event.roundId(), null);
	}

	/**
	 * The coordinators of the round's plan hear that leadership approved the consolidated
	 * report.
	 */
	@ApplicationModuleListener
	void on(ConsolidatedReportApproved event) {
		insert(this.recipients.ofRound(event.roundId()), NotificationKind.ROUND_APPROVED, null, 1, event.roundTitle(),
				event.approvedBy(), event.roundId(), null);
	}

	/** The coordinators of the assignment's plan hear of work sent for review. */
	@ApplicationModuleListener
	void on(AssignmentSubmitted event) {
		insert(this.recipients.ofAssignment(event.assignmentId()), NotificationKind.SUBMITTED, event.assignmentId(), 1,
				null, agencyName(event.agencyId()));
	}

	/** The coordinators of the assignment's plan hear of a request for a later date. */
	@ApplicationModuleListener
	void on(ExtensionRequested event) {
		insert(this.recipients.ofAssignment(event.assignmentId()), NotificationKind.EXTENSION_REQUESTED,
				event.assignmentId(), 1, null,
				agencyName(event.agencyId()) + ": " + DATE.format(event.currentDueDate()) + " → "
						+ DATE.format(event.requestedDueDate())
						+ ((event.reason() != null) ? ". " + event.reason() : ""));
	}

	/** One notification per enabled account of the role (coordinators, leaders). */
	void notifyRole(Role role, NotificationKind kind, Long assignmentId, int count, String subject, String detail) {
		insert(this.users.activeIdsWithRole(role), kind, assignmentId, count, subject, detail);
	}

	private String agencyName(long agencyId) {
		return this.jdbc.sql("select name_vi from agency where id = :id")
			.param("id", agencyId)
			.query(String.class)
			.optional()
			.orElse("");
	}

	/**
	 * One notification per enabled officer of the agency; {@code subject} defaults to the
	 * assignment's task code.
	 */
	void notifyOfficers(long agencyId, NotificationKind kind, Long assignmentId, int count, String subject,
			String detail) {
		insert(this.users.officerIdsOf(agencyId), kind, assignmentId, count, subject, detail);
	}

	private void insert(List<Long> recipients, NotificationKind kind, Long assignmentId, int count, String subject,
			String detail) {
		insert(recipients, kind, assignmentId, count, subject, detail, null, null);
	}

	private void insert(List<Long> recipients, NotificationKind kind, Long assignmentId, int count, String subject,
			String detail, Long roundId, Long agencyId) {
		if (recipients.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("""
					insert into notification (recipient_id, kind, assignment_id, item_count, subject, detail, created_at,
					                          round_id, agency_id)
					select r, :kind, cast(:assignment as bigint), :count,
					       coalesce(cast(:subject as varchar), (select t.code from assignment a join task t on t.id = a.task_id
					        where a.id = cast(:assignment as bigint))),
					       :detail, :now, cast(:round as bigint), cast(:agency as bigint)
					from unnest(cast(:officers as bigint[])) as r
					""")
			.param("kind", kind.name())
			.param("assignment", assignmentId)
			.param("count", count)
			.param("subject", subject)
			.param("detail", detail)
			.param("now", Timestamp.from(this.today.now()))
			.param("officers", recipients.toArray(new Long[0]))
			.param("round", roundId)
			.param("agency", agencyId)
			.update();
	}

}
