package vn.hanoi.plantracker.assignment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.plan.Periods.Period;

/**
 * Set-based creation, closing and moving of assignments when tasks change or periods roll
 * forward. Nothing is deleted: an assignment that is no longer wanted is closed, with a
 * CLOSE entry in its history; a moved due date gets a DEADLINE_CHANGE entry.
 */
@Component
class AssignmentPlanning {

	private final JdbcClient jdbc;

	AssignmentPlanning(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates the missing assignments of these (task, period) pairs for the task's
	 * agencies ({@code agencyIds} empty: all of them) that are active on the due date.
	 * Idempotent: an existing assignment, open or closed, is left as it is.
	 */
	int create(List<Long> taskIds, List<Period> periods, Collection<Long> agencyIds, Instant at) {
		if (taskIds.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				insert into assignment (task_id, agency_id, role, requested, period, original_due_date, due_date,
				                        status, percent_complete, created_at, changed_at)
				select ta.task_id, ta.agency_id, ta.role, ta.requested, p.period, p.due, p.due, 'NOT_STARTED', 0,
				       :at, :at
				from unnest(cast(:tasks as bigint[]), cast(:periods as text[]), cast(cast(:dues as text[]) as date[]))
				     as p (task_id, period, due)
				join task_agency ta on ta.task_id = p.task_id
				join agency a on a.id = ta.agency_id
				where p.due >= a.active_from and (a.active_until is null or p.due <= a.active_until)
				  and (cardinality(cast(:agencies as bigint[])) = 0 or ta.agency_id = any (cast(:agencies as bigint[])))
				on conflict (task_id, agency_id, period) do nothing
				""")
			.param("tasks", taskIds.toArray(new Long[0]))
			.param("periods", periods.stream().map(Period::name).toArray(String[]::new))
			.param("dues", periods.stream().map((p) -> p.due().toString()).toArray(String[]::new))
			.param("agencies", agencyIds.toArray(new Long[0]))
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Closes the task's open, not completed assignments of these agencies or these
	 * periods, with a CLOSE history entry each. Completed work stays as it was.
	 */
	int close(long taskId, Collection<Long> agencyIds, Collection<String> periods, String reason, long authorId,
			Instant at) {
		return this.jdbc
			.sql("""
					with closed as (
					  update assignment a set closed_at = :at, changed_at = :at, closed_reason = :reason, version = a.version + 1
					  where a.task_id = :task and a.closed_at is null and a.status <> 'COMPLETED'
					    and (a.agency_id = any (cast(:agencies as bigint[])) or a.period = any (cast(:periods as text[])))
					  returning a.id, a.status, a.percent_complete)
					insert into progress_update (assignment_id, author_id, created_at, kind, status_before, status_after,
					                             percent, note)
					select id, :author, :at, 'CLOSE', status, status, percent_complete, :reason from closed
					""")
			.param("task", taskId)
			.param("agencies", agencyIds.toArray(new Long[0]))
			.param("periods", periods.toArray(new String[0]))
			.param("reason", reason)
			.param("author", authorId)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Closes every assignment of a withdrawn task that is not closed yet, completed or
	 * not, with a CLOSE history entry each.
	 */
	int withdraw(long taskId, String reason, long authorId, Instant at) {
		return this.jdbc
			.sql("""
					with closed as (
					  update assignment a set closed_at = :at, changed_at = :at, closed_reason = :reason, version = a.version + 1
					  where a.task_id = :task and a.closed_at is null
					  returning a.id, a.status, a.percent_complete)
					insert into progress_update (assignment_id, author_id, created_at, kind, status_before, status_after,
					                             percent, note)
					select id, :author, :at, 'CLOSE', status, status, percent_complete, :reason from closed
					""")
			.param("task", taskId)
			.param("reason", reason)
			.param("author", authorId)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Closes the agency's open, not completed assignments due after {@code lastDay} (all
	 * of them when {@code lastDay} is null), with a CLOSE history entry each. Completed
	 * work stays as it was; reports as of the days before {@code at} keep the closed work
	 * as it was known then (the temporal read model).
	 */
	int closeDueAfter(long agencyId, LocalDate lastDay, String reason, long authorId, Instant at) {
		return this.jdbc
			.sql("""
					with closed as (
					  update assignment a set closed_at = :at, changed_at = :at, closed_reason = :reason, version = a.version + 1
					  where a.agency_id = :agency and (cast(:lastDay as date) is null or a.due_date > cast(:lastDay as date))
					    and a.closed_at is null
					    and a.status <> 'COMPLETED'
					  returning a.id, a.status, a.percent_complete)
					insert into progress_update (assignment_id, author_id, created_at, kind, status_before, status_after,
					                             percent, note)
					select id, :author, :at, 'CLOSE', status, status, percent_complete, :reason from closed
					""")
			.param("agency", agencyId)
			.param("lastDay", lastDay, java.sql.Types.DATE)
			.param("reason", reason)
			.param("author", authorId)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Open assignments take the role the task now gives their agency. */
	void syncRoles(long taskId, Instant at) {
		this.jdbc.sql("""
				update assignment a set role = ta.role, requested = ta.requested, changed_at = :at,
				                        version = a.version + 1
				from task_agency ta
				where ta.task_id = a.task_id and ta.agency_id = a.agency_id and a.task_id = :task
				  and a.closed_at is null and a.status <> 'COMPLETED'
				  and (a.role <> ta.role or a.requested <> ta.requested)
				""").param("task", taskId).param("at", Timestamp.from(at)).update();
	}

	/** The periods the task's assignments have, open or not. */
	List<String> periodsOf(long taskId) {
		return this.jdbc.sql("select distinct period from assignment where task_id = :task order by period")
			.param("task", taskId)
			.query(String.class)
			.list();
	}

	/**
	 * Moves the due date of the task's open assignments of a period from {@code before}
	 * to {@code after}: one task period has one deadline for all its agencies, so
	 * completed work moves too (whether it was on time follows the deadline as known on
	 * each day: the temporal read model keeps the earlier days as they were). An
	 * assignment whose date was changed on its own (an extension) keeps it. Returns what
	 * was moved, for the events.
	 */
	List<Moved> move(long taskId, String period, LocalDate before, LocalDate after, String reason, long authorId,
			Instant at) {
		return this.jdbc.sql("""
				with moved as (
				  update assignment a set due_date = :after, changed_at = :at, version = a.version + 1
				  where a.task_id = :task and a.period = :period and a.due_date = :before
				    and a.closed_at is null
				  returning a.id, a.agency_id, a.status, a.percent_complete),
				history as (
				  insert into progress_update (assignment_id, author_id, created_at, kind, status_before, status_after,
				                               percent, note, due_date_before, due_date_after)
				  select id, :author, :at, 'DEADLINE_CHANGE', status, status, percent_complete, :reason, :before, :after
				  from moved)
				select id, agency_id from moved
				""")
			.param("task", taskId)
			.param("period", period)
			.param("before", before)
			.param("after", after)
			.param("reason", reason)
			.param("author", authorId)
			.param("at", Timestamp.from(at))
			.query((rs, n) -> new Moved(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	/** An assignment whose due date was moved. */
	record Moved(long assignmentId, long agencyId) {

	}

}
