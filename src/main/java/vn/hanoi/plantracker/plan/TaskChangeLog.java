package vn.hanoi.plantracker.plan;

import java.sql.Timestamp;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * The writer of {@code task_change} ({@link TaskChanges} reads it): each creation, change
 * and removal of a task, with its author, instant, reason, schedule before and after and
 * the agencies added and removed, and, for a creation or change, the task's wording as of
 * that instant ({@link TaskVersions}). Callers ({@link TaskEditing}) have saved the task.
 */
@Component
class TaskChangeLog {

	private final JdbcClient jdbc;

	private final Today today;

	private final TaskVersions versions;

	TaskChangeLog(JdbcClient jdbc, Today today, TaskVersions versions) {
		this.jdbc = jdbc;
		this.today = today;
		this.versions = versions;
	}

	/** A creation ({@code before} null) or a change of the task, now. */
	void edited(PlanUser coordinator, Task task, Schedule before, Schedule after, String reason, Set<Long> added,
			Set<Long> removed) {
		this.jdbc.sql("""
				insert into task_change (task_id, author_id, changed_at, kind, reason, schedule_before, schedule_after,
				                         agencies_added, agencies_removed)
				values (:task, :author, :at, :kind, :reason, :before, :after, cast(:added as bigint[]),
				        cast(:removed as bigint[]))""")
			.param("task", task.getId())
			.param("author", coordinator.getId())
			.param("at", Timestamp.from(this.today.now()))
			.param("kind", (before == null) ? "CREATE" : "EDIT")
			.param("reason", reason)
			.param("before", (before != null) ? describe(before) : null)
			.param("after", describe(after))
			.param("added", added.toArray(new Long[0]))
			.param("removed", removed.toArray(new Long[0]))
			.update();
		// the wording and the provisional mark as of this instant, for reports as of
		// later days (task_as_of)
		this.versions.record(task.getId(), this.today.now());
	}

	/** The task's removal now, the agencies it had leaving it. */
	void removed(PlanUser coordinator, Task task, String reason, Set<Long> removed) {
		this.jdbc.sql("""
				insert into task_change (task_id, author_id, changed_at, kind, reason, schedule_before, schedule_after,
				                         agencies_removed)
				values (:task, :author, :at, 'REMOVE', :reason, :schedule, :schedule, cast(:removed as bigint[]))""")
			.param("task", task.getId())
			.param("author", coordinator.getId())
			.param("at", Timestamp.from(this.today.now()))
			.param("reason", reason)
			.param("schedule", describe(task.schedule()))
			.param("removed", removed.toArray(new Long[0]))
			.update();
	}

	/** A schedule as {@code task_change} records it. */
	static String describe(Schedule schedule) {
		return switch (schedule.kind()) {
			case FIXED -> "FIXED " + schedule.dueDate();
			case ANNUAL, SCHOOL_YEAR -> schedule.kind() + " " + schedule.dueMonth() + "-" + schedule.dueDay();
			case ONGOING -> "ONGOING";
		};
	}

}
