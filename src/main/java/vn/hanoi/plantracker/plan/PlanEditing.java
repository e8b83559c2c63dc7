package vn.hanoi.plantracker.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.system.access.CoordinatorOrAdmin;

/**
 * A plan typed by hand: an administrator or a coordinator of its standing body creates it
 * as a draft with its heading and key areas, the coordinator adds its tasks in the task
 * editor, and publishing it creates the tasks' assignments, as the editor does for a task
 * added to a published plan. Until then nobody reports on it and no figure counts it.
 * After publishing, the heading stays and tasks change through the task editor.
 */
@Service
@Transactional
public class PlanEditing {

	/** More key areas than any Hanoi plan has; a pasted document is refused. */
	public static final int MAX_AREAS = 50;

	static final int AREA_TITLE_MAX = 500;

	private final PlanRepository plans;

	private final KeyAreaRepository areas;

	private final TaskRepository tasks;

	private final TaskAgencyRepository links;

	private final PlanHeadings headings;

	private final PlanAccess access;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Today today;

	PlanEditing(PlanRepository plans, KeyAreaRepository areas, TaskRepository tasks, TaskAgencyRepository links,
			PlanHeadings headings, PlanAccess access, JdbcClient jdbc, EntityManager entityManager,
			ApplicationEventPublisher events, Today today) {
		this.plans = plans;
		this.areas = areas;
		this.tasks = tasks;
		this.links = links;
		this.headings = headings;
		this.access = access;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.events = events;
		this.today = today;
	}

	/** Creates a draft plan with its key areas (one title a line); returns its id. */
	@CoordinatorOrAdmin
	public long create(PlanUser user, PlanHeaderCommand header, String areaLines) {
		List<String> titles = areaTitles(areaLines);
		Plan plan = this.plans.save(new Plan(header, this.headings.check(user, header, null)));
		for (int i = 0; i < titles.size(); i++) {
			this.areas.save(new KeyArea(plan, i + 1, titles.get(i)));
		}
		return plan.getId();
	}

	/**
	 * Saves a draft's heading and key areas: the area on line n is key area n (renamed,
	 * or added); a key area past the last line is removed, unless it has tasks.
	 */
	@CoordinatorOrAdmin
	public void update(PlanUser user, long planId, long version, PlanHeaderCommand header, String areaLines) {
		Plan plan = draft(user, planId, version);
		List<String> titles = areaTitles(areaLines);
		plan.edit(header, this.headings.check(user, header, planId));
		// the key areas are part of the form: any save moves the plan's version
		this.entityManager.lock(plan, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		List<KeyArea> existing = this.areas.findByPlan(planId);
		for (int i = 0; i < titles.size(); i++) {
			if (i < existing.size()) {
				existing.get(i).rename(titles.get(i));
			}
			else {
				this.areas.save(new KeyArea(plan, i + 1, titles.get(i)));
			}
		}
		for (KeyArea gone : existing.subList(Math.min(titles.size(), existing.size()), existing.size())) {
			if (this.jdbc.sql("select count(*) from task where key_area_id = :area")
				.param("area", gone.getId())
				.query(Long.class)
				.single() > 0) {
				throw new PlanEditException("plans.form.areaHasTasks", gone.getOrdinal(), gone.getTitleVi());
			}
			this.areas.delete(gone);
		}
	}

	/**
	 * Publishes a draft: from now on it is worked and reported, and each task's agencies
	 * get their assignments for the current and next periods.
	 */
	@CoordinatorOrAdmin
	public void publish(PlanUser user, long planId, long version) {
		Plan plan = draft(user, planId, version);
		List<Long> taskIds = this.jdbc.sql("""
				select t.id from task t join key_area k on k.id = t.key_area_id
				where k.plan_id = :plan order by k.ordinal, t.sort_order""")
			.param("plan", planId)
			.query(Long.class)
			.list();
		if (taskIds.isEmpty()) {
			throw new PlanEditException("plans.publish.noTasks");
		}
		plan.publish(this.today.now());
		this.entityManager.flush();
		for (Task task : this.tasks.findAllById(taskIds)) {
			Set<Long> agencies = this.links.findByTask(task.getId())
				.stream()
				.map((link) -> link.getAgency().getId())
				.collect(Collectors.toSet());
			this.events.publishEvent(
					new TaskAgenciesChanged(task.getId(), task.schedule(), agencies, Set.of(), user.getId(), null));
		}
	}

	/**
	 * Closes a published plan: from now on it is read-only everywhere (no progress,
	 * review, deadline, task, amendment or round changes), and its reports and figures
	 * stay as they are.
	 */
	@CoordinatorOrAdmin
	public void close(PlanUser user, long planId, long version) {
		Plan plan = editable(user, planId);
		if (plan.getStatus() != PlanStatus.PUBLISHED) {
			throw new PlanEditException("plans.close.notPublished", plan.getNumber());
		}
		if (plan.getVersion() != version) {
			throw new StalePlanException(planId);
		}
		plan.close();
	}

	/** The plan, if the user may change it: an administrator or its coordinators. */
	@CoordinatorOrAdmin
	@Transactional(readOnly = true)
	public Plan editable(PlanUser user, long planId) {
		Plan plan = this.plans.findWithStandingBody(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		if (!user.hasRole(Role.ADMIN) && !this.access.coordinates(user, planId)) {
			throw new PlanNotFoundException(planId).ofAnotherAgency();
		}
		return plan;
	}

	/** The key areas of a plan as the form shows them: one title a line. */
	@Transactional(readOnly = true)
	public String areaLines(long planId) {
		return this.areas.findByPlan(planId).stream().map(KeyArea::getTitleVi).collect(Collectors.joining("\n"));
	}

	private Plan draft(PlanUser user, long planId, long version) {
		Plan plan = editable(user, planId);
		if (!plan.isDraft()) {
			throw new PlanEditException("plans.notDraft", plan.getNumber());
		}
		if (plan.getVersion() != version) {
			throw new StalePlanException(planId);
		}
		return plan;
	}

	/**
	 * A key area's title as typed (the plan form's line {@code line}, or an amendment's):
	 * stripped, not empty, at most {@value #AREA_TITLE_MAX} characters.
	 */
	static String areaTitle(String typed, int line) {
		String title = (typed != null) ? typed.strip() : "";
		if (title.isEmpty()) {
			throw new PlanEditException("plans.form.areasRequired");
		}
		if (title.length() > AREA_TITLE_MAX) {
			throw new PlanEditException("plans.form.areaTooLong", line, AREA_TITLE_MAX);
		}
		return title;
	}

	private static List<String> areaTitles(String lines) {
		List<String> titles = new ArrayList<>();
		for (String line : (lines != null) ? lines.split("\\R") : new String[0]) {
			if (!line.isBlank()) {
				titles.add(areaTitle(line, titles.size() + 1));
			}
		}
		if (titles.isEmpty()) {
			throw new PlanEditException("plans.form.areasRequired");
		}
		if (titles.size() > MAX_AREAS) {
			throw new PlanEditException("plans.form.tooManyAreas", MAX_AREAS);
		}
		return titles;
	}

}
