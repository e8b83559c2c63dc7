package vn.hanoi.plantracker.assignment.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.assignment.AssignmentReading;
import vn.hanoi.plantracker.assignment.AssignmentReading.AssignmentPage;
import vn.hanoi.plantracker.assignment.DeadlineService;
import vn.hanoi.plantracker.assignment.ExtensionReading;
import vn.hanoi.plantracker.assignment.ExtensionRequestNotFoundException;
import vn.hanoi.plantracker.assignment.ReporterOfAssignment;
import vn.hanoi.plantracker.assignment.StaleAssignmentException;
import vn.hanoi.plantracker.assignment.WorkflowException;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.CoordinatorOnly;
import vn.hanoi.plantracker.system.access.SignedIn;

/**
 * Due dates: the officer's extension request, the coordinator's direct change, the
 * coordinator's decision on a request and the list of pending requests. A refused form
 * re-shows the assignment page with the message and what the user typed.
 */
@Controller
@SignedIn
class DeadlineController {

	private static final String ALREADY_DECIDED = "extension.alreadyDecided";

	private final AssignmentReading reading;

	private final ExtensionReading extensions;

	private final DeadlineService service;

	DeadlineController(AssignmentReading reading, ExtensionReading extensions, DeadlineService service) {
		this.reading = reading;
		this.extensions = extensions;
		this.service = service;
	}

	@PostMapping("/assignments/{id}/extension")
	@ReporterOfAssignment(id = "id")
	String requestExtension(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@Valid @ModelAttribute("extensionRequestForm") ExtensionRequestForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AssignmentPage page = this.reading.page(user, id);
		if (!binding.hasErrors()) {
			try {
				this.service.requestExtension(user, id, form.toCommand());
				redirect.addFlashAttribute("success", "extension.flash.requested");
				return "redirect:/assignments/" + id;
			}
			catch (WorkflowException ex) {
				binding.reject(ex.getCode(), ex.getArgs(), ex.getCode());
			}
		}
		return rerender(page, model, response, HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@PostMapping("/assignments/{id}/due-date")
	@CoordinatorOnly
	String changeDueDate(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@Valid @ModelAttribute("dueDateChangeForm") DueDateChangeForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AssignmentPage page = this.reading.page(user, id);
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		if (!binding.hasErrors()) {
			try {
				this.service.changeDueDate(user, id, form.toCommand());
				redirect.addFlashAttribute("success", "deadline.change.flash.saved");
				return "redirect:/assignments/" + id;
			}
			catch (WorkflowException ex) {
				binding.reject(ex.getCode(), ex.getArgs(), ex.getCode());
			}
			catch (StaleAssignmentException | OptimisticLockingFailureException ex) {
				binding.reject("deadline.change.stale");
				status = HttpStatus.CONFLICT;
				page = this.reading.page(user, id);
			}
		}
		// keeps the form and its message on the page even where the form is not offered
		model.addAttribute("dueDateChangeRefused", true);
		return rerender(page, model, response, status);
	}

	@PostMapping("/extensions/{requestId}/approve")
	@CoordinatorOnly
	String approve(@AuthenticationPrincipal PlanUser user, @PathVariable long requestId,
			@Valid @ModelAttribute("decisionForm") ExtensionDecisionForm form, BindingResult binding,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		return decide(user, requestId, form, binding, redirect, true, model, response);
	}

	@PostMapping("/extensions/{requestId}/refuse")
	@CoordinatorOnly
	String refuse(@AuthenticationPrincipal PlanUser user, @PathVariable long requestId,
			@Valid @ModelAttribute("decisionForm") ExtensionDecisionForm form, BindingResult binding,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		return decide(user, requestId, form, binding, redirect, false, model, response);
	}

	@GetMapping("/coordinator/extensions")
	@CoordinatorOnly
	String pending(@AuthenticationPrincipal PlanUser user, Model model) {
		model.addAttribute("requests", this.extensions.pending(user));
		return "coordinator/extensions";
	}

	private String decide(PlanUser user, long requestId, ExtensionDecisionForm form, BindingResult binding,
			RedirectAttributes redirect, boolean approve, Model model, HttpServletResponse response) {
		long assignmentId = this.extensions.assignmentOf(requestId)
			.orElseThrow(() -> new ExtensionRequestNotFoundException(requestId));
		String back = form.isFromList() ? "redirect:/coordinator/extensions" : "redirect:/assignments/" + assignmentId;
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("failure", "extension.reasonSize");
			return back;
		}
		try {
			if (approve) {
				this.service.approve(user, requestId, form.toCommand());
			}
			else {
				this.service.refuse(user, requestId, form.toCommand());
			}
			redirect.addFlashAttribute("success", approve ? "extension.flash.approved" : "extension.flash.refused");
		}
		catch (WorkflowException ex) {
			if (ALREADY_DECIDED.equals(ex.getCode())) {
				return decidedByOthers(user, assignmentId, form, model, response);
			}
			redirect.addFlashAttribute("failure", ex.getCode());
		}
		catch (OptimisticLockingFailureException ex) {
			// another coordinator decided, or the assignment changed, at the same moment
			return decidedByOthers(user, assignmentId, form, model, response);
		}
		return back;
	}

	/** 409: the assignment as it is now, and the note the coordinator typed. */
	private String decidedByOthers(PlanUser user, long assignmentId, ExtensionDecisionForm form, Model model,
			HttpServletResponse response) {
		model.addAttribute("conflictNotice", ALREADY_DECIDED);
		model.addAttribute("conflictText", form.getNote());
		return rerender(this.reading.page(user, assignmentId), model, response, HttpStatus.CONFLICT);
	}

	private String rerender(AssignmentPage page, Model model, HttpServletResponse response, HttpStatus status) {
		response.setStatus(status.value());
		ProgressForm progress = new ProgressForm();
		progress.setVersion(page.assignment().version());
		progress.setPercent(page.assignment().percent());
		progress.setStatus(page.assignment().status().officerTargets().stream().findFirst().orElse(null));
		ReviewForm review = new ReviewForm();
		review.setVersion(page.assignment().version());
		return AssignmentController.render(page, progress, review, model);
	}

}
