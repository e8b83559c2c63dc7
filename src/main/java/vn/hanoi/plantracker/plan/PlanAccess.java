package vn.hanoi.plantracker.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;

/**
 * Who runs a plan, in one place: the coordinators of its standing body. A coordinator of
 * another agency reads the plan like leadership but acts on none of it; the modules that
 * own the actions (reviews, deadlines, rounds, reminders, tasks) ask here and answer such
 * a coordinator exactly as for an object that does not exist (404). A closed plan refuses
 * every change.
 * <p>
 * The one access component of plans, their key areas and tasks: handlers and services
 * carry its rules as {@link CoordinatorOfTask} and {@link CoordinatorOfArea}; the other
 * modules call it for the objects of a plan they own.
 */
@Component("planAccess")
@Transactional(readOnly = true)
public class PlanAccess {

	private final JdbcClient jdbc;

	PlanAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the user is a coordinator of the plan's standing body. */
	public boolean coordinates(PlanUser user, long planId) {
		return user.hasRole(Role.COORDINATOR)
				&& standingBody("where p.id = :id", planId).map((agency) -> agency.equals(user.getAgencyId()))
					.orElse(false);
	}

	/** Whether the user is a coordinator of the standing body of the task's plan. */
	public boolean coordinatesTask(PlanUser user, long taskId) {
		return user.hasRole(Role.COORDINATOR) && standingBody("""
				join key_area k on k.plan_id = p.id join task t on t.key_area_id = k.id
				where t.id = :id""", taskId).map((agency) -> agency.equals(user.getAgencyId())).orElse(false);
	}

	/**
	 * The plans the user coordinates (published or draft), newest first; empty for every
	 * other role.
	 */
	public List<Long> coordinatedPlanIds(PlanUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			return List.of();
		}
		return this.jdbc
			.sql("select id from plan where standing_body_agency_id = :agency order by issued_on desc, id desc")
			.param("agency", user.getAgencyId())
			.query(Long.class)
			.list();
	}

	/**
	 * Whether the user edits the task: only a coordinator (false, 403, for every other
	 * role), and only of the task's plan (another plan's or a missing task is not found).
	 */
	public boolean canEditTask(Long taskId, Authentication authentication) {
		PlanUser user = userOf(authentication);
		if (user == null || !user.hasRole(Role.COORDINATOR)) {
			return false;
		}
		if (taskId == null || !coordinatesTask(user, taskId)) {
			throw new TaskNotFoundException(taskId);
		}
		return true;
	}

	/** As {@link #canEditTask}, for a new task in a key area. */
	public boolean canEditArea(Long areaId, Authentication authentication) {
		PlanUser user = userOf(authentication);
		if (user == null || !user.hasRole(Role.COORDINATOR)) {
			return false;
		}
		boolean runs = areaId != null && standingBody("join key_area k on k.plan_id = p.id where k.id = :id", areaId)
			.map((agency) -> agency.equals(user.getAgencyId()))
			.orElse(false);
		if (!runs) {
			throw new TaskNotFoundException("area " + areaId);
		}
		return true;
	}

	/** The plan's coordinator actions, refused as not found for anyone else. */
	public void requireCoordinator(PlanUser user, long planId) {
		if (!coordinates(user, planId)) {
			throw new PlanNotFoundException(planId);
		}
	}

	/** Refuses any change to a closed plan's work, with a message for the page. */
	public void requireOpen(long planId) {
		Optional<String> number = this.jdbc.sql("select number from plan where id = :id and status = 'CLOSED'")
			.param("id", planId)
			.query(String.class)
			.optional();
		number.ifPresent((n) -> {
			throw new PlanClosedException(n);
		});
	}

	/**
	 * The same refusal for a plan already loaded with the object being changed (an
	 * assignment's task, key area and plan, read in the statement that locks it).
	 */
	public static void requireOpen(Plan plan) {
		if (plan.isClosed()) {
			throw new PlanClosedException(plan.getNumber());
		}
	}

	/** Whether the plan takes changes (it is not closed). */
	public boolean isOpen(long planId) {
		return this.jdbc.sql("select count(*) from plan where id = :id and status = 'CLOSED'")
			.param("id", planId)
			.query(Long.class)
			.single() == 0;
	}

	/** Whether the task's plan takes changes (it is not closed). */
	public boolean isOpenTask(long taskId) {
		return this.jdbc.sql("""
				select count(*) from plan p join key_area k on k.plan_id = p.id join task t on t.key_area_id = k.id
				where t.id = :id and p.status = 'CLOSED'""").param("id", taskId).query(Long.class).single() == 0;
	}

	private static PlanUser userOf(Authentication authentication) {
		return (authentication != null && authentication.getPrincipal() instanceof PlanUser user) ? user : null;
	}

	private Optional<Long> standingBody(String where, long id) {
		return this.jdbc.sql("select p.standing_body_agency_id from plan p " + where)
			.param("id", id)
			.query(Long.class)
			.optional();
	}

}
