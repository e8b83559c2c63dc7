package vn.hanoi.plantracker.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.hanoi.plantracker.plan.PlanAccess;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.UserAccount;
import vn.hanoi.plantracker.system.access.CoordinatorOrAdmin;
import vn.hanoi.plantracker.system.access.OfficerOnly;

/**
 * The reporting workflow. Each change appends one history entry and updates the
 * assignment's current state in the same transaction; a form opened on an older version
 * is refused as stale, never overwrites. Each committed entry counts in
 * {@code plantracker.saves} (tag {@code kind}: PROGRESS, SUBMIT, ACCEPT, RETURN ...).
 */
@Service
@Transactional
public class AssignmentService {

	private final AssignmentRepository assignments;

	private final ProgressUpdateRepository updates;

	private final EvidenceFileRepository evidence;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Today today;

	private final Map<UpdateKind, Counter> saves = new EnumMap<>(UpdateKind.class);

	private final AssignmentAccess access;

	private final PlanAccess planAccess;

	AssignmentService(AssignmentRepository assignments, ProgressUpdateRepository updates,
			EvidenceFileRepository evidence, EntityManager entityManager, ApplicationEventPublisher events, Today today,
			ObjectProvider<MeterRegistry> meters, AssignmentAccess access, PlanAccess planAccess) {
		this.access = access;
		this.planAccess = planAccess;
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		for (UpdateKind kind : UpdateKind.values()) {
			this.saves.put(kind,
					Counter.builder("plantracker.saves")
						.tag("kind", kind.name())
						.description("Progress, review and other history entries saved (committed)")
						.register(registry));
		}
		this.assignments = assignments;
		this.updates = updates;
		this.evidence = evidence;
		this.entityManager = entityManager;
		this.events = events;
		this.today = today;
	}

	/**
	 * An officer records progress on, or submits, one of its own agency's assignments.
	 */
	@OfficerOnly
	public void recordProgress(PlanUser officer, long assignmentId, ProgressCommand command) {
		recordProgressOnceAllowed(officer, assignmentId, () -> command);
	}

	/**
	 * As {@link #recordProgress(PlanUser, long, ProgressCommand)}, the report made only
	 * once the user may report on the assignment: a caller whose input is checked apart
	 * (the API's body and files) refuses it after the object rule, so another agency's
	 * assignment is a 404, and anyone but its officers a 403, whatever was sent. The one
	 * place that decides who reports; the caller reads nothing before.
	 */
	public void recordProgressOnceAllowed(PlanUser officer, long assignmentId, Supplier<ProgressCommand> report) {
		Assignment assignment = this.assignments.loadForUpdate(assignmentId);
		// the object rule is the access component's (as in ReporterOfAssignment), applied
		// to the row this save locks anyway: checked before the call it read the row once
		// more, a fifth statement on the busiest write (ProgressSaveBudgetTests)
		AssignmentAccess.requireReport(officer, assignment.getId(), assignment.getAgency().getId());
		ProgressCommand command = report.get();
		PlanAccess.requireOpen(assignment.getTask().getKeyArea().getPlan());
		assignment.requireVersion(command.version());
		AssignmentStatus from = assignment.getStatus();
		if (from == AssignmentStatus.COMPLETED) {
			throw new WorkflowException("workflow.completedReadOnly");
		}
		if (from == AssignmentStatus.SUBMITTED) {
			throw new WorkflowException("workflow.awaitingReview");
		}
		if (assignment.isClosed()) {
			throw new WorkflowException("workflow.closed");
		}
		if (!from.officerMayMoveTo(command.target())) {
			throw new WorkflowException("workflow.notAllowed", new DefaultMessageSourceResolvable("status." + from),
					new DefaultMessageSourceResolvable("status." + command.target()));
		}
		boolean submitting = command.target() == AssignmentStatus.SUBMITTED;
		// each refusal names only what is missing: "Gửi duyệt" already sends 100 %
		if (submitting && (command.note() == null || command.note().isBlank())) {
			throw new WorkflowException(
					(command.percent() != 100) ? "workflow.submitNeedsNoteAndFull" : "workflow.submitNeedsNote");
		}
		if (submitting && command.percent() != 100) {
			throw new WorkflowException("workflow.submitNeedsFull");
		}
		ProgressUpdate entry = assignment.apply(submitting ? UpdateKind.SUBMIT : UpdateKind.PROGRESS, command.target(),
				command.percent(), blankToNull(command.note()), blankToNull(command.documentRef()), author(officer),
				now(), this.today.date());
		entry.reportConcerns(blankToNull(command.difficulties()), blankToNull(command.proposals()));
		ProgressUpdate update = this.updates.save(counted(entry));
		command.files().forEach((file) -> this.evidence.save(new EvidenceFile(update, file)));
		if (submitting) {
			this.events.publishEvent(new AssignmentSubmitted(assignmentId, assignment.getAgency().getId(),
					assignment.getTask().getId()));
		}
	}

	/** The coordinator accepts submitted work: COMPLETED, completed on today. */
	@CoordinatorOfAssignment
	public void accept(PlanUser coordinator, long assignmentId, ReviewCommand command) {
		Assignment assignment = reviewable(coordinator, assignmentId, command.version());
		this.updates.save(counted(assignment.apply(UpdateKind.ACCEPT, AssignmentStatus.COMPLETED, 100,
				blankToNull(command.note()), null, author(coordinator), now(), this.today.date())));
		this.events.publishEvent(new AssignmentAccepted(assignmentId, assignment.getAgency().getId(),
				assignment.getTask().getId(), assignment.getCompletedOn()));
	}

	/**
	 * The coordinator returns submitted work to the agency with a reason it must act on.
	 */
	@CoordinatorOfAssignment
	public void returnForRevision(PlanUser coordinator, long assignmentId, ReviewCommand command) {
		if (command.note() == null || command.note().isBlank()) {
			throw new WorkflowException("workflow.returnNeedsReason");
		}
		Assignment assignment = reviewable(coordinator, assignmentId, command.version());
		int percent = assignment.getPercentComplete();
		this.updates.save(counted(assignment.apply(UpdateKind.RETURN, AssignmentStatus.RETURNED, percent,
				command.note().strip(), null, author(coordinator), now(), this.today.date())));
		this.events.publishEvent(new AssignmentReturned(assignmentId, assignment.getAgency().getId(),
				assignment.getTask().getId(), command.note().strip()));
	}

	/**
	 * The coordinator reminds agencies about some of their open assignments: one REMINDER
	 * entry on each assignment's history (its state unchanged) and one
	 * {@link ReminderSent} per agency. Completed and closed assignments are skipped.
	 * @return how many agencies were reminded
	 */
	@CoordinatorOrAdmin
	public int remind(PlanUser sender, ReminderCommand command) {
		String message = blankToNull(command.message());
		Map<Long, List<Long>> byAgency = new LinkedHashMap<>();
		Map<Long, Boolean> runs = new java.util.HashMap<>();
		for (Assignment assignment : this.assignments.findAllWithAgency(command.assignmentIds())) {
			if (assignment.getStatus() == AssignmentStatus.COMPLETED || assignment.isClosed()
					|| !runs.computeIfAbsent(assignment.getTask().getId(),
							(task) -> this.access.mayRemind(sender, task) && this.planAccess.isOpenTask(task))) {
				continue;
			}
			this.updates.save(new ProgressUpdate(assignment, author(sender), now(), UpdateKind.REMINDER,
					assignment.getStatus(), assignment.getStatus(), assignment.getPercentComplete(), message, null));
			byAgency.computeIfAbsent(assignment.getAgency().getId(), (id) -> new ArrayList<>()).add(assignment.getId());
		}
		byAgency.forEach((agencyId, ids) -> this.events.publishEvent(new ReminderSent(agencyId, ids, message)));
		return byAgency.size();
	}

	private Assignment reviewable(PlanUser coordinator, long assignmentId, long version) {
		Assignment assignment = this.assignments.loadForUpdate(assignmentId);
		PlanAccess.requireOpen(assignment.getTask().getKeyArea().getPlan());
		assignment.requireVersion(version);
		if (assignment.getStatus() != AssignmentStatus.SUBMITTED) {
			throw new WorkflowException("workflow.notSubmitted");
		}
		return assignment;
	}

	private UserAccount author(PlanUser user) {
		return this.entityManager.getReference(UserAccount.class, user.getId());
	}

	private Instant now() {
		return this.today.now();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * Counts the entry once its transaction has committed (a rolled-back save is none).
	 */
	private ProgressUpdate counted(ProgressUpdate entry) {
		Counter counter = this.saves.get(entry.getKind());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					counter.increment();
				}
			});
		}
		else {
			counter.increment();
		}
		return entry;
	}

}
