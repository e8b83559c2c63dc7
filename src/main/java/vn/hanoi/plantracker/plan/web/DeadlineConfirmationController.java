package vn.hanoi.plantracker.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.plan.CoordinatorOfTask;
import vn.hanoi.plantracker.plan.DeadlineConfirmations;
import vn.hanoi.plantracker.plan.StaleTaskException;
import vn.hanoi.plantracker.plan.Task;
import vn.hanoi.plantracker.plan.TaskEditException;
import vn.hanoi.plantracker.plan.TaskNotFoundException;
import vn.hanoi.plantracker.plan.TaskRepository;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * The coordinator confirms a task's deadline against a source document. A refused save
 * re-shows the form with what was typed (422); a save on a task changed since the form
 * was opened is a 409 that keeps it.
 */
@Controller
class DeadlineConfirmationController {

	private final TaskRepository tasks;

	private final DeadlineConfirmations confirmations;

	DeadlineConfirmationController(TaskRepository tasks, DeadlineConfirmations confirmations) {
		this.tasks = tasks;
		this.confirmations = confirmations;
	}

	@GetMapping("/tasks/{id}/confirm-deadline")
	@CoordinatorOfTask(id = "id")
	String form(@PathVariable long id, Model model) {
		Task task = load(id);
		DeadlineConfirmationForm form = new DeadlineConfirmationForm();
		form.setVersion(task.getVersion());
		return render(task, form, model);
	}

	@PostMapping("/tasks/{id}/confirm-deadline")
	@CoordinatorOfTask(id = "id")
	String confirm(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@Valid @ModelAttribute("confirmationForm") DeadlineConfirmationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Task task = load(id);
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		if (!binding.hasErrors()) {
			try {
				this.confirmations.confirm(user, id, form.toCommand());
				redirect.addFlashAttribute("success", "deadlineConfirm.flash.saved");
				return "redirect:/tasks/" + id;
			}
			catch (TaskEditException ex) {
				binding.rejectValue("documentDate", ex.getCode(), ex.getCode());
			}
			catch (StaleTaskException | ObjectOptimisticLockingFailureException ex) {
				binding.reject("deadlineConfirm.stale", "deadlineConfirm.stale");
				status = HttpStatus.CONFLICT;
				form.setVersion(load(id).getVersion());
			}
		}
		response.setStatus(status.value());
		return render(task, form, model);
	}

	private Task load(long id) {
		return this.tasks.findWithAreaAndPlan(id).orElseThrow(() -> new TaskNotFoundException(id));
	}

	private String render(Task task, DeadlineConfirmationForm form, Model model) {
		model.addAttribute("task", task);
		model.addAttribute("confirmationForm", form);
		model.addAttribute("confirmations", this.confirmations.of(task.getId()));
		return "tasks/confirm-deadline";
	}

}
