package vn.hanoi.plantracker.plan.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import jakarta.persistence.OptimisticLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.plan.KeyArea;
import vn.hanoi.plantracker.plan.KeyAreaRepository;
import vn.hanoi.plantracker.plan.CoordinatorOfArea;
import vn.hanoi.plantracker.plan.CoordinatorOfTask;
import vn.hanoi.plantracker.plan.PlanEditException;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.ScheduleKind;
import vn.hanoi.plantracker.plan.StaleTaskException;
import vn.hanoi.plantracker.plan.Task;
import vn.hanoi.plantracker.plan.TaskEditException;
import vn.hanoi.plantracker.plan.TaskEditing;
import vn.hanoi.plantracker.plan.TaskNotFoundException;
import vn.hanoi.plantracker.plan.TaskRepository;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * The coordinator's task form, for a new task in a key area and for an existing task. A
 * refused save re-shows the form with what was typed; a save over someone else's is a 409
 * that keeps the typed form.
 */
@Controller
class TaskEditController {

	private final TaskRepository tasks;

	private final KeyAreaRepository areas;

	private final AgencyRepository agencies;

	private final PlanQueries queries;

	private final TaskEditing editing;

	private final Today today;

	TaskEditController(TaskRepository tasks, KeyAreaRepository areas, AgencyRepository agencies, PlanQueries queries,
			TaskEditing editing, Today today) {
		this.tasks = tasks;
		this.areas = areas;
		this.agencies = agencies;
		this.queries = queries;
		this.editing = editing;
		this.today = today;
	}

	@GetMapping("/tasks/new")
	@CoordinatorOfArea(id = "areaId")
	String newTask(@AuthenticationPrincipal PlanUser user, @RequestParam("area") long areaId, Model model) {
		KeyArea area = area(user, areaId);
		TaskForm form = new TaskForm();
		form.setAreaId(areaId);
		form.setScheduleKind(ScheduleKind.FIXED);
		return render(null, area.getPlan().getId(), form, model);
	}

	@PostMapping("/tasks/new")
	@CoordinatorOfArea(id = "form.areaId")
	String create(@AuthenticationPrincipal PlanUser user, @Valid @ModelAttribute("taskForm") TaskForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (form.getAreaId() == null) {
			throw new TaskNotFoundException("area null");
		}
		KeyArea area = area(user, form.getAreaId());
		if (!binding.hasErrors()) {
			try {
				long id = this.editing.create(user, form.toCommand());
				redirect.addFlashAttribute("success", "taskEdit.flash.created");
				return "redirect:/tasks/" + id;
			}
			catch (TaskEditException ex) {
				binding.reject(ex.getCode(), ex.getCode());
			}
			catch (PlanEditException ex) {
				binding.reject(ex.getCode(), ex.getArgs(), ex.getCode());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return render(null, area.getPlan().getId(), form, model);
	}

	@GetMapping("/tasks/{id}/edit")
	@CoordinatorOfTask(id = "id")
	String edit(@AuthenticationPrincipal PlanUser user, @PathVariable long id, Model model) {
		Task task = load(user, id);
		return render(task, task.getKeyArea().getPlan().getId(), TaskForm.of(task, this.queries.taskAgencies(id)),
				model);
	}

	@PostMapping("/tasks/{id}/edit")
	@CoordinatorOfTask(id = "id")
	String update(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@Valid @ModelAttribute("taskForm") TaskForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Task task = load(user, id);
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		if (!binding.hasErrors()) {
			try {
				this.editing.update(user, id, form.toCommand());
				redirect.addFlashAttribute("success", "taskEdit.flash.saved");
				return "redirect:/tasks/" + id;
			}
			catch (TaskEditException ex) {
				binding.reject(ex.getCode(), ex.getCode());
			}
			catch (PlanEditException ex) {
				binding.reject(ex.getCode(), ex.getArgs(), ex.getCode());
			}
			catch (StaleTaskException | OptimisticLockingFailureException | OptimisticLockException ex) {
				// stale when read, or overtaken at the flush by a concurrent save
				binding.reject("taskEdit.stale", "taskEdit.stale");
				status = HttpStatus.CONFLICT;
				model.addAttribute("stale", true);
			}
		}
		response.setStatus(status.value());
		return render(task, task.getKeyArea().getPlan().getId(), form, model);
	}

	/** The task; whether the user runs its plan was settled by the handler's rule. */
	private Task load(PlanUser user, long id) {
		return this.tasks.findWithAreaAndPlan(id).orElseThrow(() -> new TaskNotFoundException(id));
	}

	private KeyArea area(PlanUser user, long areaId) {
		return this.areas.findById(areaId).orElseThrow(() -> new TaskNotFoundException("area " + areaId));
	}

	private String render(Task task, long planId, TaskForm form, Model model) {
		model.addAttribute("task", task);
		model.addAttribute("taskForm", form);
		model.addAttribute("areas", this.areas.findByPlan(planId));
		model.addAttribute("kinds", ScheduleKind.values());
		model.addAttribute("agencyGroups", agencyGroups());
		return "tasks/form";
	}

	/** Agencies still active today, grouped by kind for the option groups. */
	private Map<AgencyKind, List<Agency>> agencyGroups() {
		Map<AgencyKind, List<Agency>> groups = new LinkedHashMap<>();
		for (AgencyKind kind : AgencyKind.values()) {
			groups.put(kind, new java.util.ArrayList<>());
		}
		java.time.LocalDate date = this.today.date();
		for (Agency agency : this.agencies.findAllByOrderBySortOrderAscNameViAsc()) {
			if (agency.getActiveUntil() == null || !agency.getActiveUntil().isBefore(date)) {
				groups.get(agency.getKind()).add(agency);
			}
		}
		groups.values().removeIf(List::isEmpty);
		return groups;
	}

}
