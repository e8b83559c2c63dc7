package vn.hanoi.plantracker.plan.web;

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

import vn.hanoi.plantracker.plan.KeyAreaRepository;
import vn.hanoi.plantracker.plan.Plan;
import vn.hanoi.plantracker.plan.PlanAmendments;
import vn.hanoi.plantracker.plan.PlanAmendments.Amendment;
import vn.hanoi.plantracker.plan.PlanEditException;
import vn.hanoi.plantracker.plan.PlanEditing;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.StalePlanException;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.access.CoordinatorOrAdmin;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * Amending a published plan ("Sửa đổi, bổ sung") and closing it. The amending document is
 * recorded first; its key area changes are typed on its page and its task changes in the
 * task form ({@link AmendmentTaskController}), kept with the amendment, and applied
 * together. Who may do it is {@link PlanAmendments}' rule (its plan's coordinators and
 * administrators; anyone else's id is not found).
 */
@Controller
@CoordinatorOrAdmin
class PlanAmendmentController {

	private final PlanAmendments amendments;

	private final PlanEditing plans;

	private final PlanQueries queries;

	private final KeyAreaRepository areas;

	private final Today today;

	PlanAmendmentController(PlanAmendments amendments, PlanEditing plans, PlanQueries queries, KeyAreaRepository areas,
			Today today) {
		this.amendments = amendments;
		this.plans = plans;
		this.queries = queries;
		this.areas = areas;
		this.today = today;
	}

	@PostMapping("/plans/{id}/close")
	String close(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return PlanSteps.onPlan(this.plans.editable(user, id), redirect, "plans.flash.closed",
				() -> this.plans.close(user, id, version));
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
	 * Keeps a new or renamed key area with the amendment; a title left empty or too long
	 * comes back as a message on the amendment's page.
	 */
	@PostMapping("/plans/{id}/amendments/{amendmentId}/areas")
	String stageArea(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @PathVariable long amendmentId,
			@Valid @ModelAttribute AmendmentAreaForm form, BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("failure", binding.getFieldError().getCode().equals("Size")
					? "amendments.area.titleSize" : "amendments.area.titleRequired");
			return "redirect:/plans/" + id + "/amendments/" + amendmentId;
		}
		return PlanSteps.onAmendment(id, amendmentId, redirect, "amendments.flash.staged",
				() -> this.amendments.stageArea(user, id, amendmentId, form.getAreaId(), form.getTitle()));
	}

	@PostMapping("/plans/{id}/amendments/{amendmentId}/areas/{changeId}/drop")
	String dropArea(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @PathVariable long amendmentId,
			@PathVariable long changeId, RedirectAttributes redirect) {
		return PlanSteps.onAmendment(id, amendmentId, redirect, null,
				() -> this.amendments.dropArea(user, id, amendmentId, changeId));
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
			PlanSteps.refused(redirect, ex);
			if (ex.getArgs().length > 1) {
				redirect.addFlashAttribute("refusal", ex.getArgs()[1]);
			}
		}
		catch (StalePlanException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("failure", "amendments.staleApply");
		}
		return "redirect:/plans/" + id + "/amendments/" + amendmentId;
	}

	private String renderDocument(Plan plan, AmendmentForm form, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("amendmentForm", form);
		return "plans/amendment-form";
	}

}
