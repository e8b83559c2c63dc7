package vn.hanoi.plantracker.plan.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.plan.Plan;
import vn.hanoi.plantracker.plan.PlanEditException;
import vn.hanoi.plantracker.plan.StalePlanException;

/**
 * A step on a plan asked for by a button (publishing or closing it, staging or dropping
 * one of an amendment's changes): it is taken or refused, and the browser goes back to
 * the page it came from with a flash message saying which.
 */
final class PlanSteps {

	private PlanSteps() {
	}

	/**
	 * A step of the plan's life taken with the version seen: success names the plan's
	 * number; a stale version says so.
	 */
	static String onPlan(Plan plan, RedirectAttributes redirect, String success, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("success", success);
			redirect.addFlashAttribute("successArg", plan.getNumber());
		}
		catch (PlanEditException ex) {
			refused(redirect, ex);
		}
		catch (StalePlanException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("failure", "plans.stale");
		}
		return "redirect:/plans/" + plan.getId();
	}

	/** A change kept with (or dropped from) an amendment; {@code success} may be null. */
	static String onAmendment(long planId, long amendmentId, RedirectAttributes redirect, String success,
			Runnable step) {
		try {
			step.run();
			if (success != null) {
				redirect.addFlashAttribute("success", success);
			}
		}
		catch (PlanEditException ex) {
			refused(redirect, ex);
		}
		return "redirect:/plans/" + planId + "/amendments/" + amendmentId;
	}

	/** The refusal's message, with its first argument. */
	static void refused(RedirectAttributes redirect, PlanEditException ex) {
		redirect.addFlashAttribute("failure", ex.getCode());
		redirect.addFlashAttribute("failureArg", (ex.getArgs().length > 0) ? ex.getArgs()[0] : null);
	}

}
