package vn.hanoi.plantracker.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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
import vn.hanoi.plantracker.plan.PlanAmendments;
import vn.hanoi.plantracker.plan.PlanAmendments.Amendment;
import vn.hanoi.plantracker.plan.PlanEditException;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.ScheduleKind;
import vn.hanoi.plantracker.plan.Task;
import vn.hanoi.plantracker.plan.TaskEditException;
import vn.hanoi.plantracker.plan.TaskNotFoundException;
import vn.hanoi.plantracker.system.access.CoordinatorOrAdmin;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * An amendment's task changes: new tasks (in one of the plan's key areas or in one the
 * amendment adds), changed and removed tasks, typed in the task form and kept with the
 * draft amendment ({@link PlanAmendmentController} records and applies it). Who may do it
 * is {@link PlanAmendments}' rule.
 */
@Controller
@CoordinatorOrAdmin
class AmendmentTaskController {

	private final PlanAmendments amendments;

	private final PlanQueries queries;

	private final KeyAreaRepository areas;

	private final TaskFormModel formModel;

	AmendmentTaskController(PlanAmendments amendments, PlanQueries queries, KeyAreaRepository areas,
			TaskFormModel formModel) {
		this.amendments = amendments;
		this.queries = queries;
		this.areas = areas;
		this.formModel = formModel;
	}

	/**
	 * A new task in one of the plan's key areas ({@code area}) or in one the amendment
	 * adds ({@code newArea}, the id of that key area change).
	 */
	@GetMapping("/plans/{id}/amendments/{amendmentId}/tasks/new")
	String newTask(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @PathVariable long amendmentId,
			@RequestParam(name = "area", required = false) Long areaId,
			@RequestParam(name = "newArea", required = false) Long newAreaId, Model model) {
		Amendment amendment = this.amendments.amendment(user, id, amendmentId);
		TaskForm form = new TaskForm();
		if (newAreaId != null) {
			if (!this.amendments.addsArea(amendmentId, newAreaId)) {
				throw new TaskNotFoundException("area change " + newAreaId);
			}
			form.setNewAreaId(newAreaId);
		}
		else {
			KeyArea area = this.areas.findById((areaId != null) ? areaId : 0L)
				.filter((found) -> found.getPlan().getId() == id)
				.orElseThrow(() -> new TaskNotFoundException("area " + areaId));
			form.setAreaId(area.getId());
		}
		form.setScheduleKind(ScheduleKind.FIXED);
		return renderTask(amendment, null, form, model);
	}

	@PostMapping("/plans/{id}/amendments/{amendmentId}/tasks/new")
	String stageNew(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @PathVariable long amendmentId,
			@Valid @ModelAttribute("taskForm") TaskForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return stage(user, id, amendmentId, null, form, binding, model, redirect, response);
	}

	@GetMapping("/plans/{id}/amendments/{amendmentId}/tasks/{taskId}/edit")
	String editTask(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @PathVariable long amendmentId,
			@PathVariable long taskId, Model model) {
		Amendment amendment = this.amendments.amendment(user, id, amendmentId);
		Task task = this.amendments.task(user, id, amendmentId, taskId);
		return renderTask(amendment, task, TaskForm.of(task, this.queries.taskAgencies(taskId)), model);
	}

	@PostMapping("/plans/{id}/amendments/{amendmentId}/tasks/{taskId}/edit")
	String stageEdit(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @PathVariable long amendmentId,
			@PathVariable long taskId, @Valid @ModelAttribute("taskForm") TaskForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return stage(user, id, amendmentId, taskId, form, binding, model, redirect, response);
	}

	@PostMapping("/plans/{id}/amendments/{amendmentId}/tasks/{taskId}/remove")
	String stageRemoval(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @PathVariable long amendmentId,
			@PathVariable long taskId, RedirectAttributes redirect) {
		return PlanSteps.onAmendment(id, amendmentId, redirect, "amendments.flash.staged",
				() -> this.amendments.stageRemoval(user, id, amendmentId, taskId));
	}

	@PostMapping("/plans/{id}/amendments/{amendmentId}/changes/{changeId}/drop")
	String drop(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @PathVariable long amendmentId,
			@PathVariable long changeId, RedirectAttributes redirect) {
		return PlanSteps.onAmendment(id, amendmentId, redirect, null,
				() -> this.amendments.drop(user, id, amendmentId, changeId));
	}

	private String stage(PlanUser user, long id, long amendmentId, Long taskId, TaskForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Amendment amendment = this.amendments.amendment(user, id, amendmentId);
		Task task = (taskId != null) ? this.amendments.task(user, id, amendmentId, taskId) : null;
		if (!binding.hasErrors()) {
			try {
				this.amendments.stage(user, id, amendmentId, taskId, form.toCommand(), form.getNewAreaId());
				redirect.addFlashAttribute("success", "amendments.flash.staged");
				return "redirect:/plans/" + id + "/amendments/" + amendmentId;
			}
			catch (TaskEditException ex) {
				binding.reject(ex.getCode(), ex.getCode());
			}
			catch (PlanEditException ex) {
				binding.reject(ex.getCode(), ex.getArgs(), ex.getCode());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return renderTask(amendment, task, form, model);
	}

	private String renderTask(Amendment amendment, Task task, TaskForm form, Model model) {
		String base = "/plans/" + amendment.planId() + "/amendments/" + amendment.id();
		model.addAttribute("amendment", amendment);
		model.addAttribute("formAction", base + ((task == null) ? "/tasks/new" : "/tasks/" + task.getId() + "/edit"));
		model.addAttribute("cancelUrl", base);
		model.addAttribute("newAreas", this.amendments.addedAreas(amendment.id()));
		return this.formModel.render(task, amendment.planId(), form, model);
	}

}
