package vn.hanoi.plantracker.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.CoordinatorOnly;

/**
 * The coordinator creates and edits tasks. Which assignments exist follows from the task:
 * the assignment module listens to {@link TaskAgenciesChanged} and
 * {@link TaskScheduleChanged}, so this module never depends on it.
 */
@Service
@Transactional
public class TaskEditing {

	private final TaskRepository tasks;

	private final TaskAgencyRepository links;

	private final KeyAreaRepository areas;

	private final AgencyRepository agencies;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Today today;

	private final TaskChangeLog changeLog;

	private final PlanAccess access;

	TaskEditing(TaskRepository tasks, TaskAgencyRepository links, KeyAreaRepository areas, AgencyRepository agencies,
			EntityManager entityManager, ApplicationEventPublisher events, JdbcClient jdbc, Today today,
			TaskChangeLog changeLog, PlanAccess access) {
		this.access = access;
		this.changeLog = changeLog;
		this.tasks = tasks;
		this.links = links;
		this.areas = areas;
		this.agencies = agencies;
		this.entityManager = entityManager;
		this.events = events;
		this.jdbc = jdbc;
		this.today = today;
	}

	/**
	 * A new task in a key area of a plan the coordinator runs; another plan's area is not
	 * found.
	 */
	@CoordinatorOnly
	public long create(PlanUser coordinator, TaskCommand command) {
		KeyArea area = this.areas.findById(command.areaId())
			.filter((found) -> this.access.coordinates(coordinator, found.getPlan().getId()))
			.orElseThrow(() -> new TaskEditException("taskEdit.noArea"));
		this.access.requireOpen(area.getPlan().getId());
		return createTask(coordinator, command);
	}

	/**
	 * The same creation for the plan importer ({@link PlanImport}), which checks its own
	 * roles: an administrator imports plans too, but does not edit their tasks.
	 */
	long createTask(PlanUser coordinator, TaskCommand command) {
		KeyArea area = this.areas.findById(command.areaId())
			.orElseThrow(() -> new TaskEditException("taskEdit.noArea"));
		Integer last = this.jdbc.sql("select coalesce(max(sort_order), 0) from task where key_area_id = :area")
			.param("area", area.getId())
			.query(Integer.class)
			.single();
		Task task = new Task(area, (last != null) ? last + 1 : 1);
		save(coordinator, task, null, command);
		return task.getId();
	}

	@CoordinatorOfTask
	public void update(PlanUser coordinator, long taskId, TaskCommand command) {
		Task task = this.tasks.findWithAreaAndPlan(taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
		this.access.requireOpen(task.getKeyArea().getPlan().getId());
		revise(coordinator, task, command);
	}

	/**
	 * The same change for an amendment being applied ({@link PlanAmendments}), which
	 * checks its own roles; a removed task is not changed any more.
	 */
	void revise(PlanUser coordinator, Task task, TaskCommand command) {
		long taskId = task.getId();
		if (task.isRemoved()) {
			throw new TaskNotFoundException(taskId);
		}
		if (task.getVersion() != command.version()) {
			throw new StaleTaskException(taskId);
		}
		KeyArea area = this.areas.findById(command.areaId())
			.orElseThrow(() -> new TaskEditException("taskEdit.noArea"));
		if (!area.getPlan().getId().equals(task.getKeyArea().getPlan().getId())) {
			throw new TaskEditException("taskEdit.noArea");
		}
		save(coordinator, task, task.schedule(), command);
	}

	/**
	 * Withdraws a task from its published plan from now on, for an amendment
	 * ({@link PlanAmendments}): nothing is deleted. Its agencies leave it and every one
	 * of its assignments, completed or not, is closed with its history (a CLOSE entry),
	 * so that reports as of earlier days still show the task and its work as they were,
	 * and the plan as amended no longer counts them.
	 */
	void remove(PlanUser coordinator, Task task, String reason) {
		if (task.isRemoved()) {
			return;
		}
		Set<Long> removed = new HashSet<>();
		this.links.findByTask(task.getId()).forEach((link) -> {
			removed.add(link.getAgency().getId());
			this.links.delete(link);
		});
		task.remove(this.today.now());
		this.entityManager.flush();
		this.changeLog.removed(coordinator, task, reason, removed);
		this.events.publishEvent(new TaskWithdrawn(task.getId(), coordinator.getId(), reason));
	}

	private void save(PlanUser coordinator, Task task, Schedule before, TaskCommand command) {
		Schedule after = command.schedule().normalized();
		after.requireComplete();
		Map<Long, Link> wanted = wantedLinks(command);
		Map<Long, TaskAgency> existing = new HashMap<>();
		if (task.getId() != null) {
			this.links.findByTask(task.getId()).forEach((link) -> existing.put(link.getAgency().getId(), link));
		}
		Set<Long> added = new HashSet<>(wanted.keySet());
		added.removeAll(existing.keySet());
		Set<Long> removed = new HashSet<>(existing.keySet());
		removed.removeAll(wanted.keySet());
		boolean scheduleChanged = before != null && !before.normalized().equals(after);
		String reason = blankToNull(command.reason());
		// a draft plan's tasks have no assignments yet: publishing creates them
		boolean draft = this.areas.getReferenceById(command.areaId()).getPlan().isDraft();
		if ((scheduleChanged || !removed.isEmpty()) && reason == null && !draft) {
			throw new TaskEditException("taskEdit.reasonRequired");
		}
		if (this.jdbc.sql("""
				select count(*) from task where key_area_id = :area and lower(code) = lower(:code)
				  and (cast(:id as bigint) is null or id <> cast(:id as bigint))""")
			.param("area", command.areaId())
			.param("code", command.code().strip())
			.param("id", task.getId())
			.query(Long.class)
			.single() > 0) {
			throw new TaskEditException("taskEdit.codeTaken");
		}
		List<Agency> found = this.agencies.findAllById(wanted.keySet());
		if (found.size() != wanted.size()) {
			throw new TaskEditException("taskEdit.unknownAgency");
		}
		task.edit(this.areas.getReferenceById(command.areaId()), command);
		if (task.getId() == null) {
			this.tasks.save(task);
		}
		boolean rolesChanged = false;
		for (Agency agency : found) {
			Link link = wanted.get(agency.getId());
			TaskAgency current = existing.get(agency.getId());
			if (current == null) {
				this.links.save(new TaskAgency(task, agency, link.role(), link.requested()));
			}
			else if (current.getRole() != link.role() || current.isRequested() != link.requested()) {
				current.change(link.role(), link.requested());
				rolesChanged = true;
			}
		}
		removed.forEach((agencyId) -> this.links.delete(existing.get(agencyId)));
		// the assignment module reads task_agency with SQL in this same transaction
		this.entityManager.flush();
		this.changeLog.edited(coordinator, task, before, after, reason, added, removed);
		if (draft) {
			return;
		}
		if (!added.isEmpty() || !removed.isEmpty() || rolesChanged) {
			this.events.publishEvent(
					new TaskAgenciesChanged(task.getId(), after, added, removed, coordinator.getId(), reason));
		}
		if (scheduleChanged) {
			this.events.publishEvent(new TaskScheduleChanged(task.getId(), before, after, coordinator.getId(), reason));
		}
	}

	/**
	 * Lead wins over support; a requested agency that is neither is a requested
	 * supporter.
	 */
	private static Map<Long, Link> wantedLinks(TaskCommand command) {
		if (command.lead().isEmpty()) {
			throw new TaskEditException("taskEdit.leadRequired");
		}
		Set<Long> both = new HashSet<>(command.lead());
		both.retainAll(command.support());
		if (!both.isEmpty()) {
			throw new TaskEditException("taskEdit.leadAndSupport");
		}
		Map<Long, Link> wanted = new LinkedHashMap<>();
		command.lead().forEach((id) -> wanted.put(id, new Link(AgencyRole.LEAD, command.requested().contains(id))));
		command.support()
			.forEach((id) -> wanted.put(id, new Link(AgencyRole.SUPPORT, command.requested().contains(id))));
		command.requested().forEach((id) -> wanted.putIfAbsent(id, new Link(AgencyRole.SUPPORT, true)));
		return wanted;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private record Link(AgencyRole role, boolean requested) {

	}

}
