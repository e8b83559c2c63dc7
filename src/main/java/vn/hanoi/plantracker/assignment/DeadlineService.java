package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.plan.PlanAccess;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.UserAccount;

/**
 * Due-date changes: the coordinator's direct change with a reason, and the officer's
 * extension request that the coordinator approves or refuses. Every change of date writes
 * a DEADLINE_CHANGE history entry; the original due date never changes.
 */
@Service
@Transactional
public class DeadlineService {

	/**
	 * A plan's deadlines lie within a few years; a date beyond this is a typing mistake.
	 */
	static final int MAX_YEARS_AHEAD = 10;

	private final AssignmentRepository assignments;

	private final ProgressUpdateRepository updates;

	private final ExtensionRequestRepository requests;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Today today;

	DeadlineService(AssignmentRepository assignments, ProgressUpdateRepository updates,
			ExtensionRequestRepository requests, EntityManager entityManager, ApplicationEventPublisher events,
			Today today) {
		this.assignments = assignments;
		this.updates = updates;
		this.requests = requests;
		this.entityManager = entityManager;
		this.events = events;
		this.today = today;
	}

	/** An officer asks for a later due date on one of its own agency's assignments. */
	@ReporterOfAssignment
	public long requestExtension(PlanUser officer, long assignmentId, ExtensionRequestCommand command) {
		Assignment assignment = this.assignments.loadForUpdate(assignmentId);
		requireChangeable(assignment, "extension.");
		String reason = required(command.reason(), "extension.reasonRequired");
		LocalDate wanted = command.requestedDueDate();
		if (wanted == null || !wanted.isAfter(this.today.date())) {
			throw new WorkflowException("extension.dateNotAfterToday");
		}
		if (!wanted.isAfter(assignment.getDueDate())) {
			throw new WorkflowException("extension.dateNotLater");
		}
		if (wanted.isAfter(this.today.date().plusYears(MAX_YEARS_AHEAD))) {
			throw new WorkflowException("deadline.tooFarAhead", MAX_YEARS_AHEAD);
		}
		if (this.requests.existsByAssignmentIdAndStatus(assignmentId, ExtensionStatus.PENDING)) {
			throw new WorkflowException("extension.alreadyPending");
		}
		ExtensionRequest request = this.requests
			.save(new ExtensionRequest(assignment, author(officer), this.today.now(), wanted, reason));
		this.events.publishEvent(new ExtensionRequested(request.getId(), assignmentId, assignment.getAgency().getId(),
				assignment.getTask().getId(), assignment.getDueDate(), wanted, reason));
		return request.getId();
	}

	/** The coordinator sets a new due date directly, with a reason. */
	@CoordinatorOfAssignment
	public void changeDueDate(PlanUser coordinator, long assignmentId, DueDateChangeCommand command) {
		Assignment assignment = this.assignments.loadForUpdate(assignmentId);
		assignment.requireVersion(command.version());
		requireChangeable(assignment, "deadline.change.");
		String reason = required(command.reason(), "deadline.change.reasonRequired");
		if (command.newDueDate() == null || command.newDueDate().equals(assignment.getDueDate())) {
			throw new WorkflowException("deadline.change.sameDate");
		}
		if (command.newDueDate().isAfter(this.today.date().plusYears(MAX_YEARS_AHEAD))
				|| command.newDueDate().isBefore(assignment.getOriginalDueDate().minusYears(MAX_YEARS_AHEAD))) {
			throw new WorkflowException("deadline.tooFarAhead", MAX_YEARS_AHEAD);
		}
		move(assignment, command.newDueDate(), reason, coordinator, null);
	}

	/**
	 * The coordinator grants the request: the due date becomes the requested one. Returns
	 * the assignment's id.
	 */
	@CoordinatorOfExtensionRequest
	public long approve(PlanUser coordinator, long requestId, ExtensionDecisionCommand command) {
		ExtensionRequest request = pending(coordinator, requestId, command.version());
		Assignment assignment = request.getAssignment();
		requireChangeable(assignment, "extension.");
		String note = blankToNull(command.note());
		request.decide(ExtensionStatus.APPROVED, author(coordinator), this.today.now(), note);
		move(assignment, request.getRequestedDueDate(), request.getReason(), coordinator, requestId);
		publishDecision(request, true, note);
		return assignment.getId();
	}

	/** The coordinator refuses the request with a reason; the due date stays. */
	@CoordinatorOfExtensionRequest
	public long refuse(PlanUser coordinator, long requestId, ExtensionDecisionCommand command) {
		ExtensionRequest request = pending(coordinator, requestId, command.version());
		String note = required(command.note(), "extension.refuseNeedsReason");
		request.decide(ExtensionStatus.REFUSED, author(coordinator), this.today.now(), note);
		publishDecision(request, false, note);
		return request.getAssignment().getId();
	}

	private void move(Assignment assignment, LocalDate newDueDate, String reason, PlanUser coordinator,
			Long requestId) {
		LocalDate before = assignment.getDueDate();
		this.updates.save(assignment.changeDueDate(newDueDate, reason, author(coordinator), this.today.now()));
		this.events.publishEvent(new DeadlineChanged(assignment.getId(), assignment.getAgency().getId(),
				assignment.getTask().getId(), before, newDueDate, reason, requestId));
	}

	private void publishDecision(ExtensionRequest request, boolean approved, String note) {
		Assignment assignment = request.getAssignment();
		this.events.publishEvent(new ExtensionDecided(request.getId(), assignment.getId(),
				assignment.getAgency().getId(), assignment.getTask().getId(), approved, note));
	}

	private ExtensionRequest pending(PlanUser coordinator, long requestId, long version) {
		// whose request it is was settled by CoordinatorOfExtensionRequest
		ExtensionRequest request = this.requests.findWithAssignment(requestId)
			.orElseThrow(() -> new ExtensionRequestNotFoundException(requestId));
		if (request.getStatus() != ExtensionStatus.PENDING || request.getVersion() != version) {
			throw new WorkflowException("extension.alreadyDecided");
		}
		PlanAccess.requireOpen(request.getAssignment().getTask().getKeyArea().getPlan());
		return request;
	}

	/** Completed work keeps the date it was judged against; closed work is history. */
	private static void requireChangeable(Assignment assignment, String keyPrefix) {
		PlanAccess.requireOpen(assignment.getTask().getKeyArea().getPlan());
		if (assignment.getStatus() == AssignmentStatus.COMPLETED) {
			throw new WorkflowException(keyPrefix + "completed");
		}
		if (assignment.isClosed()) {
			throw new WorkflowException(keyPrefix + "closed");
		}
	}

	private UserAccount author(PlanUser user) {
		return this.entityManager.getReference(UserAccount.class, user.getId());
	}

	private static String required(String text, String code) {
		String value = blankToNull(text);
		if (value == null) {
			throw new WorkflowException(code);
		}
		return value;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
