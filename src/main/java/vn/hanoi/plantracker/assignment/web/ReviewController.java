package vn.hanoi.plantracker.assignment.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.assignment.AssignmentReading;
import vn.hanoi.plantracker.assignment.AssignmentReading.AssignmentPage;
import vn.hanoi.plantracker.assignment.AssignmentNotFoundException;
import vn.hanoi.plantracker.assignment.AssignmentService;
import vn.hanoi.plantracker.assignment.ReviewCommand;
import vn.hanoi.plantracker.assignment.StaleAssignmentException;
import vn.hanoi.plantracker.assignment.WorkflowException;
import vn.hanoi.plantracker.system.LocalRedirect;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.CoordinatorOnly;

/**
 * The coordinator accepts or returns submitted work, from the assignment page or the
 * review queue.
 */
@Controller
@CoordinatorOnly
class ReviewController {

	private final AssignmentReading reading;

	private final AssignmentService service;

	ReviewController(AssignmentReading reading, AssignmentService service) {
		this.reading = reading;
		this.service = service;
	}

	@PostMapping("/assignments/{id}/accept")
	String accept(@AuthenticationPrincipal PlanUser coordinator, @PathVariable long id,
			@Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response,
			@RequestParam(required = false) String returnTo) {
		return decide(coordinator, id, form, binding, model, redirect, response, true, returnTo);
	}

	@PostMapping("/assignments/{id}/return")
	String returnForRevision(@AuthenticationPrincipal PlanUser coordinator, @PathVariable long id,
			@Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response,
			@RequestParam(required = false) String returnTo) {
		return decide(coordinator, id, form, binding, model, redirect, response, false, returnTo);
	}

	/**
	 * Accepts every ticked queue item ({@code id:version}), each in its own transaction:
	 * an item that changed meanwhile (stale version, no longer submitted) is skipped and
	 * counted, never accepted blind. The confirmation is asked in the page before
	 * posting.
	 */
	@PostMapping("/coordinator/review/accept-selected")
	String acceptSelected(@AuthenticationPrincipal PlanUser coordinator,
			@RequestParam(name = "selected", required = false) List<String> selected,
			@RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
		String back = LocalRedirect.within("/coordinator/", returnTo, "/coordinator/review");
		if (selected == null || selected.isEmpty()) {
			redirect.addFlashAttribute("failure", "review.bulk.none");
			return "redirect:" + back;
		}
		int accepted = 0;
		int skipped = 0;
		for (String item : selected.stream().distinct().limit(500).toList()) {
			String[] idAndVersion = item.split(":");
			if (idAndVersion.length != 2 || !idAndVersion[0].matches("\\d{1,18}")
					|| !idAndVersion[1].matches("\\d{1,18}")) {
				skipped++;
				continue;
			}
			try {
				this.service.accept(coordinator, Long.parseLong(idAndVersion[0]),
						new ReviewCommand(Long.parseLong(idAndVersion[1]), null));
				accepted++;
			}
			catch (WorkflowException | StaleAssignmentException | AssignmentNotFoundException ex) {
				skipped++;
			}
		}
		redirect.addFlashAttribute("success", "review.bulk.done");
		redirect.addFlashAttribute("successArg", accepted);
		if (skipped > 0) {
			redirect.addFlashAttribute("failure", "review.bulk.skipped");
			redirect.addFlashAttribute("failureArg", skipped);
		}
		return "redirect:" + back;
	}

	private String decide(PlanUser coordinator, long id, ReviewForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response, boolean accept, String returnTo) {
		// where to go back to is settled before anything is saved
		String back = LocalRedirect.within("/coordinator/", returnTo, "/assignments/" + id);
		if (!binding.hasErrors()) {
			try {
				if (accept) {
					this.service.accept(coordinator, id, form.toCommand());
				}
				else {
					this.service.returnForRevision(coordinator, id, form.toCommand());
				}
				redirect.addFlashAttribute("success", accept ? "flash.accepted" : "flash.returned");
				return "redirect:" + back;
			}
			catch (WorkflowException ex) {
				binding.reject(ex.getCode(), ex.getArgs(), ex.getCode());
			}
			catch (StaleAssignmentException | OptimisticLockingFailureException ex) {
				// someone else decided first (now, or at commit): show the page as it is
				// now,
				// with the note that was typed
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conflictNotice", "flash.reviewStale");
				model.addAttribute("conflictText", form.getNote());
				AssignmentPage page = this.reading.page(coordinator, id);
				form.setVersion(page.assignment().version());
				ProgressForm progress = new ProgressForm();
				progress.setVersion(page.assignment().version());
				return AssignmentController.render(page, progress, form, model);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		AssignmentPage page = this.reading.page(coordinator, id);
		ProgressForm progress = new ProgressForm();
		progress.setVersion(page.assignment().version());
		return AssignmentController.render(page, progress, form, model);
	}

}
