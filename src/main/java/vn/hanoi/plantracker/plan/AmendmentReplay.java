package vn.hanoi.plantracker.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.plan.AmendmentChanges.Kept;
import vn.hanoi.plantracker.plan.PlanAmendments.Amendment;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * Applying an amendment at one instant: its key areas first ({@link AmendedAreas}: a
 * renamed one is renamed for the tasks changed with it, an added one is there for the new
 * tasks kept in it), then its task changes, each replayed through the task editor's rules
 * ({@link TaskEditing}) with the amendment as their reason. A change the editor refuses
 * names the task and nothing is applied. Callers ({@link PlanAmendments}) have checked
 * the user, the draft, its version and its date.
 */
@Component
class AmendmentReplay {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final TaskRepository tasks;

	private final TaskEditing editing;

	private final AmendedAreas areas;

	private final AmendmentChanges changes;

	AmendmentReplay(JdbcClient jdbc, TaskRepository tasks, TaskEditing editing, AmendedAreas areas,
			AmendmentChanges changes) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.editing = editing;
		this.areas = areas;
		this.changes = changes;
	}

	/** Applies the amendment's changes at the instant; returns how many it applied. */
	int apply(PlanUser user, Amendment amendment, Instant at) {
		long planId = amendment.planId();
		if (this.changes.of(amendment.id()).isEmpty() && this.areas.of(amendment.id()).isEmpty()) {
			throw new PlanEditException("amendments.noChanges");
		}
		String reason = reason(amendment);
		int areaChanges = this.areas.apply(planId, amendment.id(), at);
		// read after the key areas: a new task kept in an added key area now names it
		List<Kept> kept = this.changes.of(amendment.id());
		for (Kept change : kept) {
			replay(user, change, reason);
		}
		// the task editor records each change; these are the amendment's
		this.jdbc.sql("""
				update task_change c set amendment_id = :amendment
				from task t join key_area k on k.id = t.key_area_id
				where t.id = c.task_id and k.plan_id = :plan and c.amendment_id is null and c.author_id = :author
				  and c.changed_at >= :at""")
			.param("amendment", amendment.id())
			.param("plan", planId)
			.param("author", user.getId())
			.param("at", Timestamp.from(at))
			.update();
		int updated = this.jdbc.sql("""
				update plan_amendment set status = 'APPLIED', applied_at = :at, version = version + 1
				where id = :id and version = :version and status = 'DRAFT'""")
			.param("id", amendment.id())
			.param("version", amendment.version())
			.param("at", Timestamp.from(at))
			.update();
		if (updated == 0) {
			throw new StalePlanException(planId);
		}
		return kept.size() + areaChanges;
	}

	private void replay(PlanUser user, Kept change, String reason) {
		try {
			if (change.taskId() == null) {
				this.editing.createTask(user, withReason(change.command(), reason));
				return;
			}
			Task task = this.tasks.findWithAreaAndPlan(change.taskId())
				.orElseThrow(() -> new TaskNotFoundException(change.taskId()));
			if (change.removal()) {
				this.editing.remove(user, task, reason);
			}
			else {
				this.editing.revise(user, task, withReason(change.command(), reason));
			}
		}
		catch (TaskEditException ex) {
			throw new PlanEditException("amendments.refused", change.label(), ex.getCode());
		}
		catch (StaleTaskException | TaskNotFoundException ex) {
			throw new PlanEditException("amendments.stale", change.label());
		}
	}

	private static String reason(Amendment amendment) {
		String text = "Sửa đổi, bổ sung theo Kế hoạch số " + amendment.number() + " ngày "
				+ amendment.issuedOn().format(DAY);
		return (text.length() > PlanAmendments.REASON_MAX) ? text.substring(0, PlanAmendments.REASON_MAX) : text;
	}

	private static TaskCommand withReason(TaskCommand c, String reason) {
		String typed = (c.reason() == null || c.reason().isBlank()) ? reason : reason + ": " + c.reason().strip();
		return new TaskCommand(c.areaId(), c.code(), c.titleVi(), c.titleEn(), c.descriptionVi(), c.descriptionEn(),
				c.outputVi(), c.outputEn(), c.schedule(), c.deadlineConfirmed(), c.lead(), c.support(), c.requested(),
				c.version(),
				(typed.length() > PlanAmendments.REASON_MAX) ? typed.substring(0, PlanAmendments.REASON_MAX) : typed);
	}

}
