package vn.hanoi.plantracker.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.access.CoordinatorOrAdmin;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * Amendments of a published plan ("Kế hoạch sửa đổi, bổ sung"): an administrator or a
 * coordinator of the plan's standing body records the amending document, types its
 * changes in the task editor (new tasks, changed tasks, removed tasks) and its new or
 * renamed key areas ({@link AmendedAreas}), which are kept aside while it is a draft, and
 * applies them together, on or after the document's date. Applying replays each change
 * through the task editor's own rules ({@link TaskEditing}), at one instant: the plan is
 * as amended from then on, and every report as of an earlier day still shows it as it was
 * (a report as of a past day never changes, so an amendment applied after its date takes
 * effect on the day it is applied).
 */
@Service
@Transactional
public class PlanAmendments {

	static final int REASON_MAX = 500;

	private final PlanEditing plans;

	private final PlanAccess access;

	private final TaskRepository tasks;

	private final Today today;

	private final AmendedAreas areas;

	private final AmendmentChanges kept;

	private final AmendmentReplay replay;

	private final AmendmentDocuments documents;

	PlanAmendments(AmendmentDocuments documents, PlanEditing plans, PlanAccess access, TaskRepository tasks,
			Today today, AmendedAreas areas, AmendmentChanges kept, AmendmentReplay replay) {
		this.documents = documents;
		this.plans = plans;
		this.access = access;
		this.tasks = tasks;
		this.today = today;
		this.areas = areas;
		this.kept = kept;
		this.replay = replay;
	}

	/** Records an amending document of a published plan, as a draft; returns its id. */
	@CoordinatorOrAdmin
	public long create(PlanUser user, long planId, String number, LocalDate issuedOn, String title) {
		Plan plan = this.plans.editable(user, planId);
		requirePublished(plan);
		return this.documents.record(plan, number, issuedOn, title, this.today.now());
	}

	/**
	 * The amendment, if the user may see its changes: an administrator or a coordinator
	 * of its plan; anyone else, and another plan's amendment, is not found.
	 */
	@CoordinatorOrAdmin
	@Transactional(readOnly = true)
	public Amendment amendment(PlanUser user, long planId, long amendmentId) {
		this.plans.editable(user, planId);
		return this.documents.find(planId, amendmentId)
			.orElseThrow(() -> new PlanNotFoundException(planId).ofAnotherAgency());
	}

	/**
	 * A task of the amendment's plan, as the editor shows it; another plan's is not
	 * found.
	 */
	@CoordinatorOrAdmin
	@Transactional(readOnly = true)
	public Task task(PlanUser user, long planId, long amendmentId, long taskId) {
		amendment(user, planId, amendmentId);
		return this.tasks.findWithAreaAndPlan(taskId)
			.filter((task) -> task.getKeyArea().getPlan().getId() == planId && !task.isRemoved())
			.orElseThrow(() -> new TaskNotFoundException(taskId));
	}

	/**
	 * Keeps a new task ({@code taskId} null) or the changed task for the draft amendment;
	 * typing a task's change again replaces the one kept. The task sits in one of the
	 * plan's key areas ({@code command.areaId()}) or, {@code newArea} given, in the key
	 * area the amendment adds by that change ({@link #areaChanges}): created on applying,
	 * before the task.
	 */
	@CoordinatorOrAdmin
	public void stage(PlanUser user, long planId, long amendmentId, Long taskId, TaskCommand command, Long newArea) {
		draft(user, planId, amendmentId);
		if (taskId != null) {
			task(user, planId, amendmentId, taskId);
		}
		this.kept.keep(planId, amendmentId, taskId, command, newArea);
	}

	/**
	 * Keeps the removal of a task for the draft amendment, in place of any change typed.
	 */
	@CoordinatorOrAdmin
	public void stageRemoval(PlanUser user, long planId, long amendmentId, long taskId) {
		draft(user, planId, amendmentId);
		task(user, planId, amendmentId, taskId);
		this.kept.keepRemoval(amendmentId, taskId);
	}

	/**
	 * Keeps a new key area ({@code areaId} null) or a new title of one of the plan's key
	 * areas for the draft amendment ({@link AmendedAreas}).
	 */
	@CoordinatorOrAdmin
	public void stageArea(PlanUser user, long planId, long amendmentId, Long areaId, String title) {
		draft(user, planId, amendmentId);
		this.areas.stage(planId, amendmentId, areaId, title);
	}

	/** Drops one kept key area change of the draft amendment. */
	@CoordinatorOrAdmin
	public void dropArea(PlanUser user, long planId, long amendmentId, long changeId) {
		draft(user, planId, amendmentId);
		this.areas.drop(amendmentId, changeId);
	}

	/** The key area changes an amendment holds (kept, or applied). */
	@Transactional(readOnly = true)
	public List<AmendedAreas.AreaChange> areaChanges(long amendmentId) {
		return this.areas.of(amendmentId);
	}

	/** The key areas the amendment adds, to place its new tasks in. */
	@Transactional(readOnly = true)
	public List<AmendedAreas.AreaChange> addedAreas(long amendmentId) {
		return this.areas.of(amendmentId).stream().filter(AmendedAreas.AreaChange::added).toList();
	}

	/** Whether the key area change is one the amendment adds. */
	@Transactional(readOnly = true)
	public boolean addsArea(long amendmentId, long changeId) {
		return this.areas.adds(amendmentId, changeId);
	}

	/** Drops one kept change of the draft amendment. */
	@CoordinatorOrAdmin
	public void drop(PlanUser user, long planId, long amendmentId, long changeId) {
		draft(user, planId, amendmentId);
		this.kept.drop(amendmentId, changeId);
	}

	/**
	 * Applies the draft amendment's changes now, all or none: removals, then changes,
	 * then new tasks, each by the task editor's rules, with the amendment as their
	 * reason. A change the editor refuses (a task changed meanwhile, a taken number)
	 * names the task and nothing is applied.
	 */
	@CoordinatorOrAdmin
	public int apply(PlanUser user, long planId, long amendmentId, long version) {
		Amendment amendment = draft(user, planId, amendmentId);
		if (amendment.version() != version) {
			throw new StalePlanException(planId);
		}
		if (amendment.issuedOn().isAfter(this.today.date())) {
			throw new PlanEditException("amendments.notYet",
					amendment.issuedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		return this.replay.apply(user, amendment, this.today.now());
	}

	/** The plan's amendments, newest first, for its page (one statement). */
	@Transactional(readOnly = true)
	public List<Amendment> of(long planId) {
		return this.documents.of(planId);
	}

	/** The changes an amendment holds (kept, or applied), in the order they apply. */
	@Transactional(readOnly = true)
	public List<Change> changes(long amendmentId) {
		return this.kept.of(amendmentId)
			.stream()
			.map((kept) -> new Change(kept.id(), kept.taskId(), kept.kind(), kept.label()))
			.toList();
	}

	private Amendment draft(PlanUser user, long planId, long amendmentId) {
		Amendment amendment = amendment(user, planId, amendmentId);
		this.access.requireOpen(planId);
		if (amendment.applied()) {
			throw new PlanEditException("amendments.applied", amendment.number());
		}
		return amendment;
	}

	private void requirePublished(Plan plan) {
		this.access.requireOpen(plan.getId());
		if (plan.isDraft()) {
			throw new PlanEditException("amendments.draftPlan", plan.getNumber());
		}
	}

	/** An amending document of a plan. */
	public record Amendment(long id, long planId, String number, LocalDate issuedOn, String title, boolean applied,
			Instant appliedAt, long version) {

		/** The day it was applied, in Hanoi: the first day the reports show it. */
		public LocalDate appliedOn() {
			return (this.appliedAt != null) ? LocalDate.ofInstant(this.appliedAt, Today.ZONE) : null;
		}

	}

	/**
	 * One change an amendment holds: ADD, EDIT or REMOVE, with the task's number and
	 * title.
	 */
	public record Change(long id, Long taskId, String kind, String label) {

	}

}
