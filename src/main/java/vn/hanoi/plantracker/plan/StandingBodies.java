package vn.hanoi.plantracker.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standing body of a plan (the agency whose coordinators run it), of a task's plan
 * and of a key area's: whom the modules that own a plan's work tell about it
 * (submissions, extension requests, rounds, escalations). {@link PlanAccess} asks here
 * whether a coordinator runs a plan.
 */
@Component
@Transactional(readOnly = true)
public class StandingBodies {

	private final JdbcClient jdbc;

	StandingBodies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The standing body of the task's plan: whose coordinators hear about the task's work
	 * (submissions, extension requests).
	 */
	public Optional<Long> standingBodyOfTask(long taskId) {
		return standingBody("join key_area k on k.plan_id = p.id join task t on t.key_area_id = k.id where t.id = :id",
				taskId);
	}

	/**
	 * {@link #standingBodyOfTask} for many tasks in one statement: each task's plan's
	 * standing body (a task that does not exist is left out).
	 */
	public Map<Long, Long> standingBodiesOfTasks(Collection<Long> taskIds) {
		Map<Long, Long> bodies = new HashMap<>();
		if (taskIds.isEmpty()) {
			return bodies;
		}
		this.jdbc.sql("""
				select t.id, p.standing_body_agency_id from task t
				join key_area k on k.id = t.key_area_id join plan p on p.id = k.plan_id
				where t.id = any(cast(:ids as bigint[]))""")
			.param("ids", taskIds.toArray(new Long[0]))
			.query((rs, n) -> bodies.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return bodies;
	}

	/** The standing body of the plan: whose coordinators hear about its rounds. */
	public Optional<Long> standingBodyOfPlan(long planId) {
		return standingBody("where p.id = :id", planId);
	}

	/** The standing body of the plan the {@code where} clause (over plan p) finds. */
	Optional<Long> standingBody(String where, long id) {
		return this.jdbc.sql("select p.standing_body_agency_id from plan p " + where)
			.param("id", id)
			.query(Long.class)
			.optional();
	}

}
