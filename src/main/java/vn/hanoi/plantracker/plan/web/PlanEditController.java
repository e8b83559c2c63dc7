package vn.hanoi.plantracker.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
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

import vn.hanoi.plantracker.plan.Plan;
import vn.hanoi.plantracker.plan.PlanEditException;
import vn.hanoi.plantracker.plan.PlanEditing;
import vn.hanoi.plantracker.plan.PlanImport;
import vn.hanoi.plantracker.plan.PlanRepository;
import vn.hanoi.plantracker.plan.StalePlanException;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.CoordinatorOrAdmin;

/**
 * A plan typed by hand: the heading and key areas of a draft, then publishing it. A
 * refused save shows the form again with everything typed (422), a save over someone
 * else's keeps it too (409). Tasks are added in the task editor from the plan's page.
 */
@Controller
@CoordinatorOrAdmin
class PlanEditController {

	private final PlanEditing editing;

	private final PlanImport imports;

	private final PlanRepository plans;

	PlanEditController(PlanEditing editing, PlanImport imports, PlanRepository plans) {
		this.editing = editing;
		this.imports = imports;
		this.plans = plans;
	}

	@GetMapping("/plans/new")
	String newPlan(@AuthenticationPrincipal PlanUser user, Model model) {
		return render(null, PlanHeadingFields.startedBy(user, new PlanForm()), model);
	}

	@PostMapping("/plans/new")
	String create(@AuthenticationPrincipal PlanUser user, @Valid @ModelAttribute("planForm") PlanForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!binding.hasErrors()) {
			try {
				long id = this.editing.create(user, form.toCommand(), form.getKeyAreas());
				redirect.addFlashAttribute("success", "plans.flash.created");
				redirect.addFlashAttribute("successArg", form.getNumber().strip());
				return "redirect:/plans/" + id;
			}
			catch (PlanEditException ex) {
				binding.reject(ex.getCode(), ex.getArgs(), ex.getCode());
			}
			catch (DataIntegrityViolationException ex) {
				numberTaken(form, binding);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return render(null, form, model);
	}

	@GetMapping("/plans/{id}/edit")
	String edit(@AuthenticationPrincipal PlanUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		Plan plan = this.editing.editable(user, id);
		if (!plan.isDraft()) {
			redirect.addFlashAttribute("failure", "plans.notDraft");
			redirect.addFlashAttribute("failureArg", plan.getNumber());
			return "redirect:/plans/" + id;
		}
		return render(plan, PlanForm.of(plan, this.editing.areaLines(id)), model);
	}

	@PostMapping("/plans/{id}/edit")
	String update(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@Valid @ModelAttribute("planForm") PlanForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Plan plan = this.editing.editable(user, id);
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		if (!binding.hasErrors()) {
			try {
				this.editing.update(user, id, form.getVersion(), form.toCommand(), form.getKeyAreas());
				redirect.addFlashAttribute("success", "plans.flash.saved");
				return "redirect:/plans/" + id;
			}
			catch (PlanEditException ex) {
				binding.reject(ex.getCode(), ex.getArgs(), ex.getCode());
			}
			catch (StalePlanException | OptimisticLockingFailureException ex) {
				binding.reject("plans.stale", "plans.stale");
				status = HttpStatus.CONFLICT;
			}
			catch (DataIntegrityViolationException ex) {
				numberTaken(form, binding);
			}
		}
		response.setStatus(status.value());
		return render(plan, form, model);
	}

	@PostMapping("/plans/{id}/publish")
	String publish(@AuthenticationPrincipal PlanUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return PlanSteps.onPlan(this.editing.editable(user, id), redirect, "plans.flash.published",
				() -> this.editing.publish(user, id, version));
	}

	private static void numberTaken(PlanForm form, BindingResult binding) {
		// the same number and date saved by someone else a moment ago
		binding.reject("plans.import.numberTaken",
				new Object[] { form.getNumber().strip(), PlanImport.DAY.format(form.getIssuedOn()) },
				"plans.import.numberTaken");
	}

	private String render(Plan plan, PlanForm form, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("planForm", form);
		model.addAttribute("agencies", this.imports.currentAgencies());
		model.addAttribute("parents",
				this.plans.findAllWithStandingBody()
					.stream()
					.filter((p) -> plan == null || !p.getId().equals(plan.getId()))
					.toList());
		model.addAttribute("maxAreas", PlanEditing.MAX_AREAS);
		return "plans/form";
	}

}
