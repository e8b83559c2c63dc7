package vn.hanoi.plantracker.notification;

import java.time.format.DateTimeFormatter;

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
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.user.UserAccounts;

/**
 * The one listener of the events that notify someone: for each event it decides, once,
 * what the notice says and who hears it, and hands both to the channels (the bell and
 * email, {@link NotificationChannels}). The agency's enabled officers hear about their
 * agency's work; the coordinators of the plan's standing body ({@link PlanCoordinators})
 * about work that waits on them (a submission, an extension request, a round report); the
 * leaders about what waits on the leadership. Runs after the change commits, from the
 * event publication registry, so a crash in between does not lose the notice.
 */
@Component
class NotificationListener {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final PlanCoordinators coordinators;

	private final NotificationChannels channels;

	NotificationListener(JdbcClient jdbc, UserAccounts users, PlanCoordinators coordinators,
			NotificationChannels channels) {
		this.jdbc = jdbc;
		this.users = users;
		this.coordinators = coordinators;
		this.channels = channels;
	}

	@ApplicationModuleListener
	void on(AssignmentReturned event) {
		toOfficers(event.agencyId(), assignment(NotificationKind.RETURNED, event.assignmentId(), 1, event.reason()));
	}

	@ApplicationModuleListener
	void on(AssignmentAccepted event) {
		toOfficers(event.agencyId(), assignment(NotificationKind.ACCEPTED, event.assignmentId(), 1, null));
	}

	@ApplicationModuleListener
	void on(ReminderSent event) {
		Long single = (event.assignmentIds().size() == 1) ? event.assignmentIds().get(0) : null;
		toOfficers(event.agencyId(),
				assignment(NotificationKind.REMINDER, single, event.assignmentIds().size(), event.message()));
	}

	@ApplicationModuleListener
	void on(DeadlineChanged event) {
		toOfficers(event.agencyId(),
				assignment(NotificationKind.DEADLINE_CHANGED, event.assignmentId(), 1,
						DATE.format(event.before()) + " → " + DATE.format(event.after())
								+ ((event.reason() != null) ? ": " + event.reason() : "")));
	}

	@ApplicationModuleListener
	void on(ExtensionDecided event) {
		if (!event.approved()) {
			// an approved extension is announced by the DeadlineChanged it causes
			toOfficers(event.agencyId(),
					assignment(NotificationKind.EXTENSION_REFUSED, event.assignmentId(), 1, event.note()));
		}
	}

	/** The coordinators of the assignment's plan hear of work sent for review. */
	@ApplicationModuleListener
	void on(AssignmentSubmitted event) {
		this.channels.deliver(
				assignment(NotificationKind.SUBMITTED, event.assignmentId(), 1, agencyName(event.agencyId())),
				this.coordinators.ofAssignment(event.assignmentId()));
	}

	/** The coordinators of the assignment's plan hear of a request for a later date. */
	@ApplicationModuleListener
	void on(ExtensionRequested event) {
		this.channels.deliver(
				assignment(NotificationKind.EXTENSION_REQUESTED, event.assignmentId(), 1,
						agencyName(event.agencyId()) + ": " + DATE.format(event.currentDueDate()) + " → "
								+ DATE.format(event.requestedDueDate())
								+ ((event.reason() != null) ? ". " + event.reason() : "")),
				this.coordinators.ofAssignment(event.assignmentId()));
	}

	@ApplicationModuleListener
	void on(RoundReminderSent event) {
		toOfficers(event.agencyId(), new Notice(NotificationKind.ROUND_REMINDER, null, 1, event.roundTitle(),
				DATE.format(event.dueOn()), event.roundId(), event.agencyId()));
	}

	@ApplicationModuleListener
	void on(AgencyReportReturned event) {
		toOfficers(event.agencyId(), new Notice(NotificationKind.ROUND_RETURNED, null, 1, event.roundTitle(),
				event.reason(), event.roundId(), event.agencyId()));
	}

	@ApplicationModuleListener
	void on(AgencyReportAccepted event) {
		toOfficers(event.agencyId(), new Notice(NotificationKind.ROUND_ACCEPTED, null, 1, event.roundTitle(), null,
				event.roundId(), event.agencyId()));
	}

	/**
	 * The coordinators of the round's plan hear that an agency's round report waits on
	 * their review.
	 */
	@ApplicationModuleListener
	void on(AgencyReportSubmitted event) {
		this.channels.deliver(new Notice(NotificationKind.ROUND_SUBMITTED, null, 1, event.roundTitle(),
				event.agencyName(), event.roundId(), event.agencyId()), this.coordinators.ofRound(event.roundId()));
	}

	/**
	 * The coordinators of the round's plan hear that leadership approved the consolidated
	 * report.
	 */
	@ApplicationModuleListener
	void on(ConsolidatedReportApproved event) {
		this.channels.deliver(new Notice(NotificationKind.ROUND_APPROVED, null, 1, event.roundTitle(),
				event.approvedBy(), event.roundId(), null), this.coordinators.ofRound(event.roundId()));
	}

	/** Leadership hears which agencies still have not sent their round report. */
	@ApplicationModuleListener
	void on(RoundEscalated event) {
		toLeaders(new Notice(NotificationKind.ROUND_ESCALATED, null, event.agencies().size(), event.roundTitle(),
				String.join("; ", event.agencies()), event.roundId(), null));
	}

	/** Leadership hears that a draft consolidated report waits on its approval. */
	@ApplicationModuleListener
	void on(ConsolidatedReportDrafted event) {
		toLeaders(new Notice(NotificationKind.ROUND_DRAFTED, null, (int) event.revision(), event.roundTitle(), null,
				event.roundId(), null));
	}

	private void toOfficers(long agencyId, Notice notice) {
		this.channels.deliver(notice, this.users.officerIdsOf(agencyId));
	}

	private void toLeaders(Notice notice) {
		this.channels.deliver(notice, this.users.activeIdsWithRole(Role.LEADER));
	}

	/** A notice about one assignment (or several: null), its subject the task code. */
	private Notice assignment(NotificationKind kind, Long assignmentId, int count, String detail) {
		String code = (assignmentId == null) ? null
				: this.jdbc.sql("select t.code from assignment a join task t on t.id = a.task_id where a.id = :id")
					.param("id", assignmentId)
					.query(String.class)
					.optional()
					.orElse(null);
		return Notice.of(kind, assignmentId, count, code, detail);
	}

	private String agencyName(long agencyId) {
		return this.jdbc.sql("select name_vi from agency where id = :id")
			.param("id", agencyId)
			.query(String.class)
			.optional()
			.orElse("");
	}

}
