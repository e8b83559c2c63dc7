package vn.hanoi.plantracker.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.VersionedCache;
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

	private final StandingBodies bodies;

	/**
	 * The key areas of the plans each agency is the standing body of, under the
	 * structure's version (plans and key areas are structure: V50's triggers): a
	 * coordinator's list reads them once, and not at all while no plan changes.
	 */
	private final VersionedCache<Long, List<Long>> areas;

	PlanAccess(JdbcClient jdbc, ReadCaches caches, StandingBodies bodies) {
		this.jdbc = jdbc;
		this.bodies = bodies;
		this.areas = caches.create("coordinated-areas", 200);
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
	 * The key areas of the plans a coordinator runs, for the coordinator's lists (review
	 * queue, extension requests): a coordinator is shown only the work of the plans their
	 * agency is the standing body of. Empty for every other role: their lists hold every
	 * plan's work.
	 */
	public Optional<List<Long>> coordinatedAreaIds(PlanUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			return Optional.empty();
		}
		long agency = user.getAgencyId();
		return Optional.of(this.areas.get(DataVersion.Scope.STRUCTURE, agency,
				() -> List.copyOf(this.jdbc.sql("""
						select k.id from key_area k join plan p on p.id = k.plan_id
						where p.standing_body_agency_id = :agency order by k.id""")
					.param("agency", agency)
					.query(Long.class)
					.list())));
	}

	/**
	 * As {@link #coordinatedAreaIds}, the plans themselves: the plans a coordinator's
	 * lists hold, empty for every other role (all plans).
	 */
	public Optional<List<Long>> coordinatedPlans(PlanUser user) {
		return user.hasRole(Role.COORDINATOR) ? Optional.of(coordinatedPlanIds(user)) : Optional.empty();
	}

	/**
	 * Whether the user sees the plan at all: a published or closed plan is everyone's to
	 * read; a draft only its editors' (the coordinators of its standing body and the
	 * administrators), as for a plan that does not exist for anyone else.
	 */
	public boolean canSee(PlanUser user, Plan plan) {
		return !plan.isDraft() || user.hasRole(Role.ADMIN) || coordinates(user, plan.getId());
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

	/**
	 * Whether the user reads the plan ({@code of} "plan": its page, annex, files) or a
	 * task of it ({@code of} "task"): any signed-in user a published or closed plan, a
	 * draft only its editors ({@link #canSee}); a draft of someone else's, like a missing
	 * plan or task, is not found. The rule of {@link ReaderOfPlan}.
	 */
	public boolean canRead(String of, Long id, Authentication authentication) {
		PlanUser user = userOf(authentication);
		if (user == null) {
			return false;
		}
		boolean task = "task".equals(of);
		String where = task ? "join key_area k on k.plan_id = p.id join task t on t.key_area_id = k.id where t.id = :id"
				: "where p.id = :id";
		record Found(long planId, boolean draft) {
		}
		boolean visible = (id != null) && this.jdbc.sql("select p.id, p.status = 'DRAFT' from plan p " + where)
			.param("id", id)
			.query((rs, n) -> new Found(rs.getLong(1), rs.getBoolean(2)))
			.optional()
			.map((plan) -> !plan.draft() || user.hasRole(Role.ADMIN) || coordinates(user, plan.planId()))
			.orElse(false);
		if (!visible) {
			throw task ? new TaskNotFoundException(id) : new PlanNotFoundException((id != null) ? id : 0);
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
		return this.bodies.standingBody(where, id);
	}

}
