package vn.hanoi.plantracker.assignment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.assignment.AssignmentReading;
import vn.hanoi.plantracker.assignment.AssignmentReading.AssignmentPage;
import vn.hanoi.plantracker.assignment.AssignmentService;
import vn.hanoi.plantracker.assignment.CheckedUpload;
import vn.hanoi.plantracker.assignment.EvidenceRules;
import vn.hanoi.plantracker.assignment.HistoryEntry;
import vn.hanoi.plantracker.assignment.StaleAssignmentException;
import vn.hanoi.plantracker.assignment.WorkflowException;
import vn.hanoi.plantracker.system.HandledErrors;
import vn.hanoi.plantracker.system.OversizeUploads;
import vn.hanoi.plantracker.system.StorageFull;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.SignedIn;
import vn.hanoi.plantracker.system.access.OfficerOnly;

/**
 * The assignment page: the task, the other agencies on it, the history, and the officer's
 * progress form. A refused change re-shows the page with the message and everything the
 * user typed; nothing is saved.
 */
@Controller
@SignedIn
class AssignmentController {

	private final AssignmentReading reading;

	private final AssignmentService service;

	private final EvidenceRules evidenceRules;

	AssignmentController(AssignmentReading reading, AssignmentService service, EvidenceRules evidenceRules) {
		this.reading = reading;
		this.service = service;
		this.evidenceRules = evidenceRules;
	}

	@GetMapping("/assignments/{id}")
	String show(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@RequestParam(name = "siblings", defaultValue = "1") int siblingsPage, Model model) {
		AssignmentPage page = this.reading.page(user, id);
		model.addAttribute("siblingsPage", siblingsPage);
		ProgressForm form = new ProgressForm();
		form.setVersion(page.assignment().version());
		form.setPercent(page.assignment().percent());
		form.setStatus(page.assignment().status().officerTargets().stream().findFirst().orElse(null));
		// difficulties usually last: the form starts from the agency's latest ones
		page.history().stream().filter(HistoryEntry::isReport).findFirst().ifPresent((latest) -> {
			form.setDifficulties(latest.difficulties());
			form.setProposals(latest.proposals());
		});
		ReviewForm review = new ReviewForm();
		review.setVersion(page.assignment().version());
		return render(page, form, review, model);
	}

	/**
	 * Saves the officer's report. The page is read only to show the form again (a
	 * refusal): a save that goes through costs the save's own statements, and the service
	 * checks the object (another agency's assignment is a 404, as when it is read).
	 */
	@PostMapping("/assignments/{id}/progress")
	@OfficerOnly
	String recordProgress(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@Valid @ModelAttribute("progressForm") ProgressForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		if (OversizeUploads.refused(request)) {
			// the files were over the server's limit and dropped: the form comes back
			// with
			// the typed text and says so
			binding.rejectValue("files", "evidence.requestTooLarge", "evidence.requestTooLarge");
		}
		List<CheckedUpload> files = new ArrayList<>();
		this.evidenceRules.check(form.getFiles(), files)
			.forEach((refusal) -> binding.rejectValue("files", refusal.code(), refusal.args(), refusal.code()));
		if (binding.hasErrors()) {
			return refuse(reportable(user, id), form, binding, model, request, response);
		}
		try {
			this.service.recordProgress(user, id, form.toCommand(files));
		}
		catch (WorkflowException ex) {
			binding.reject(ex.getCode(), ex.getArgs(), ex.getCode());
			return refuse(reportable(user, id), form, binding, model, request, response);
		}
		catch (StaleAssignmentException | OptimisticLockingFailureException ex) {
			// stale when read, or overtaken by a concurrent save at commit
			return conflict(user, id, form, model, response);
		}
		catch (RuntimeException ex) {
			if (!StorageFull.causedBy(ex)) {
				throw ex;
			}
			// the transaction is rolled back: no update without its files; the text stays
			HandledErrors.note("storage full, progress not saved: " + HandledErrors.describe(ex));
			binding.reject("storage.full", "storage.full");
			String view = refuse(reportable(user, id), form, binding, model, request, response);
			response.setStatus(HttpStatus.INSUFFICIENT_STORAGE.value());
			return view;
		}
		RefusedProgress.forget(request.getSession(false));
		if (form.submitting()) {
			redirect.addFlashAttribute("success", "flash.submittedTo");
			redirect.addFlashAttribute("successArg", this.reading.reviewerOf(id));
		}
		else {
			redirect.addFlashAttribute("success", "flash.progressSaved");
		}
		return "redirect:/assignments/" + id;
	}

	/**
	 * The refused form's own address answers a GET too (a reload, a language switch): the
	 * form as it was refused, with its messages; without one, the assignment page.
	 */
	@GetMapping("/assignments/{id}/progress")
	String refused(@AuthenticationPrincipal PlanUser user, @PathVariable long id, Model model,
			HttpServletRequest request) {
		RefusedProgress refused = RefusedProgress.of(request.getSession(false), id);
		if (refused == null) {
			return "redirect:/assignments/" + id;
		}
		AssignmentPage page = this.reading.page(user, id);
		ProgressForm form = refused.form();
		BindingResult binding = new BeanPropertyBindingResult(form, "progressForm");
		refused.restore(binding);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "progressForm", binding);
		ReviewForm review = new ReviewForm();
		review.setVersion(page.assignment().version());
		return render(page, form, review, model);
	}

	/**
	 * The page, to show the form again: the rule on the handler has let only the agency's
	 * own officers this far.
	 */
	private AssignmentPage reportable(PlanUser user, long id) {
		return this.reading.page(user, id);
	}

	private String refuse(AssignmentPage page, ProgressForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		RefusedProgress.keep(request.getSession(), page.assignment().id(), form, binding);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		ReviewForm review = new ReviewForm();
		review.setVersion(page.assignment().version());
		return render(page, form, review, model);
	}

	private String conflict(PlanUser user, long id, ProgressForm form, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		AssignmentPage current = this.reading.page(user, id);
		model.addAttribute("page", current);
		model.addAttribute("assignment", current.assignment());
		model.addAttribute("latest", current.history().isEmpty() ? null : current.history().get(0));
		// what they typed, on top of the version now stored: one click saves it, once
		// they have compared
		form.setVersion(current.assignment().version());
		model.addAttribute("progressForm", form);
		model.addAttribute("targets", current.assignment().status().officerTargets());
		model.addAttribute("maxFiles", EvidenceRules.MAX_FILES);
		return "assignments/conflict";
	}

	static String render(AssignmentPage page, ProgressForm form, ReviewForm review, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("assignment", page.assignment());
		model.addAttribute("progressForm", form);
		model.addAttribute("reviewForm", review);
		model.addAttribute("targets", page.assignment().status().officerTargets());
		model.addAttribute("maxFiles", EvidenceRules.MAX_FILES);
		Object siblingsPage = model.getAttribute("siblingsPage");
		model.addAttribute("siblingList", SiblingList.of(page.siblings(), (siblingsPage instanceof Integer p) ? p : 1,
				(LocalDate) model.getAttribute("today")));
		return "assignments/show";
	}

}
