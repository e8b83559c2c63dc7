package vn.hanoi.plantracker.plan.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
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

import vn.hanoi.plantracker.plan.AmendedAreas.AreaChange;
import vn.hanoi.plantracker.plan.KeyArea;
import vn.hanoi.plantracker.plan.KeyAreaRepository;
import vn.hanoi.plantracker.plan.Plan;
import vn.hanoi.plantracker.plan.PlanAmendments;
import vn.hanoi.plantracker.plan.PlanAmendments.Amendment;
import vn.hanoi.plantracker.plan.PlanEditException;
import vn.hanoi.plantracker.plan.PlanEditing;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.ScheduleKind;
import vn.hanoi.plantracker.plan.StalePlanException;
import vn.hanoi.plantracker.plan.Task;
import vn.hanoi.plantracker.plan.TaskEditException;
import vn.hanoi.plantracker.plan.TaskNotFoundException;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.access.CoordinatorOrAdmin;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * Amending a published plan ("Sửa đổi, bổ sung") and closing it. The amending document is
 * recorded first; its changes are typed in the task form, kept with the amendment, and
 * applied together. Who may do it is {@link PlanAmendments}' rule (its plan's
 * coordinators and administrators; anyone else's id is not found).
 */
@Controller
@CoordinatorOrAdmin
class PlanAmendmentController {

	private final PlanAmendments amendments;

	private final PlanEditing plans;

	private final PlanQueries queries;

	private final KeyAreaRepository areas;

	private final TaskFormModel formModel;

	private final Today today;

	PlanAmendmentController(PlanAmendments amendments, PlanEditing plans, PlanQueries queries, KeyAreaRepository areas,
			TaskFormModel formModel, Today today) {
		this.amendments = amendments;
		this.plans = plans;
		this.queries = queries;
		this.areas = areas;
		this.formModel = formModel;
		this.today = today;
	}

	@PostMapping("/plans/{id}/close")
	String close(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		Plan plan = this.plans.editable(user, id);
		try {
			this.plans.close(user, id, version);
			redirect.addFlashAttribute("success", "plans.flash.closed");
			redirect.addFlashAttribute("successArg", plan.getNumber());
		}
		catch (PlanEditException ex) {
			failure(redirect, ex);
		}
		catch (StalePlanException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("failure", "plans.stale");
		}
		return "redirect:/plans/" + id;
	}

	@GetMapping("/plans/{id}/amendments/new")
	String newAmendment(@AuthenticationPrincipal PlanUser user, @PathVariable long id, Model model) {
		return renderDocument(this.plans.editable(user, id), new AmendmentForm(), model);
	}

	@PostMapping("/plans/{id}/amendments/new")
	String create(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@Valid @ModelAttribute("amendmentForm") AmendmentForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Plan plan = this.plans.editable(user, id);
		if (!binding.hasErrors()) {
			try {
				long amendment = this.amendments.create(user, id, form.getNumber(), form.getIssuedOn(),
						form.getTitle());
				redirect.addFlashAttribute("success", "amendments.flash.created");
				return "redirect:/plans/" + id + "/amendments/" + amendment;
			}
			catch (PlanEditException ex) {
				binding.reject(ex.getCode(), ex.getArgs(), ex.getCode());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return renderDocument(plan, form, model);
	}

	@GetMapping("/plans/{id}/amendments/{amendmentId}")
	String show(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @PathVariable long amendmentId,
			Model model) {
		Amendment amendment = this.amendments.amendment(user, id, amendmentId);
		model.addAttribute("plan", this.plans.editable(user, id));
		model.addAttribute("amendment", amendment);
		model.addAttribute("changes", this.amendments.changes(amendmentId));
		model.addAttribute("areaChanges", this.amendments.areaChanges(amendmentId));
		model.addAttribute("keyAreas", this.areas.findByPlan(id));
		model.addAttribute("tasks", this.queries.taskSummaries(id, this.today.date()));
		return "plans/amendment";
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
			form.setNewAreaId(addedAreas(amendmentId).stream()
				.filter((change) -> change.id() == newAreaId)
				.findFirst()
				.orElseThrow(() -> new TaskNotFoundException("area change " + newAreaId))
				.id());
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
		try {
			this.amendments.stageRemoval(user, id, amendmentId, taskId);
			redirect.addFlashAttribute("success", "amendments.flash.staged");
		}
		catch (PlanEditException ex) {
			failure(redirect, ex);
		}
		return "redirect:/plans/" + id + "/amendments/" + amendmentId;
	}

	/**
	 * Keeps a new or renamed key area with the amendment; a title left empty or too long
	 * comes back as a message on the amendment's page.
	 */
	@PostMapping("/plans/{id}/amendments/{amendmentId}/areas")
	String stageArea(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @PathVariable long amendmentId,
			@Valid @ModelAttribute AmendmentAreaForm form, BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("failure", binding.getFieldError().getCode().equals("Size")
					? "amendments.area.titleSize" : "amendments.area.titleRequired");
		}
		else {
			try {
				this.amendments.stageArea(user, id, amendmentId, form.getAreaId(), form.getTitle());
				redirect.addFlashAttribute("success", "amendments.flash.staged");
			}
			catch (PlanEditException ex) {
				failure(redirect, ex);
			}
		}
		return "redirect:/plans/" + id + "/amendments/" + amendmentId;
	}

	@PostMapping("/plans/{id}/amendments/{amendmentId}/areas/{changeId}/drop")
	String dropArea(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @PathVariable long amendmentId,
			@PathVariable long changeId, RedirectAttributes redirect) {
		try {
			this.amendments.dropArea(user, id, amendmentId, changeId);
		}
		catch (PlanEditException ex) {
			failure(redirect, ex);
		}
		return "redirect:/plans/" + id + "/amendments/" + amendmentId;
	}

	@PostMapping("/plans/{id}/amendments/{amendmentId}/changes/{changeId}/drop")
	String drop(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @PathVariable long amendmentId,
			@PathVariable long changeId, RedirectAttributes redirect) {
		try {
			this.amendments.drop(user, id, amendmentId, changeId);
		}
		catch (PlanEditException ex) {
			failure(redirect, ex);
		}
		return "redirect:/plans/" + id + "/amendments/" + amendmentId;
	}

	@PostMapping("/plans/{id}/amendments/{amendmentId}/apply")
	String apply(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @PathVariable long amendmentId,
			@RequestParam long version, RedirectAttributes redirect) {
		try {
			int applied = this.amendments.apply(user, id, amendmentId, version);
			redirect.addFlashAttribute("success", "amendments.flash.applied");
			redirect.addFlashAttribute("successArg", applied);
			return "redirect:/plans/" + id;
		}
		catch (PlanEditException ex) {
			failure(redirect, ex);
			if (ex.getArgs().length > 1) {
				redirect.addFlashAttribute("refusal", ex.getArgs()[1]);
			}
		}
		catch (StalePlanException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("failure", "amendments.staleApply");
		}
		return "redirect:/plans/" + id + "/amendments/" + amendmentId;
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
		model.addAttribute("newAreas", addedAreas(amendment.id()));
		return this.formModel.render(task, amendment.planId(), form, model);
	}

	/** The key areas the amendment adds, to place its new tasks in. */
	private List<AreaChange> addedAreas(long amendmentId) {
		return this.amendments.areaChanges(amendmentId).stream().filter(AreaChange::added).toList();
	}

	private String renderDocument(Plan plan, AmendmentForm form, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("amendmentForm", form);
		return "plans/amendment-form";
	}

	private static void failure(RedirectAttributes redirect, PlanEditException ex) {
		redirect.addFlashAttribute("failure", ex.getCode());
		redirect.addFlashAttribute("failureArg", (ex.getArgs().length > 0) ? ex.getArgs()[0] : null);
	}

}
