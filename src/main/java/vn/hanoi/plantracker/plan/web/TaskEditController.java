package vn.hanoi.plantracker.plan.web;

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

	private final PlanQueries queries;

	private final TaskEditing editing;

	private final TaskFormModel formModel;

	TaskEditController(TaskRepository tasks, KeyAreaRepository areas, PlanQueries queries, TaskEditing editing,
			TaskFormModel formModel) {
		this.formModel = formModel;
		this.tasks = tasks;
		this.areas = areas;
		this.queries = queries;
		this.editing = editing;
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
		return this.formModel.render(task, planId, form, model);
	}

}
