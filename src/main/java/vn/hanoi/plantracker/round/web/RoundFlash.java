package vn.hanoi.plantracker.round.web;

import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.round.RoundWorkflowException;
import vn.hanoi.plantracker.round.StaleReportException;

/**
 * The message a round button's redirect carries: the key the action returns when it is
 * done, or the reason the round's rules refuse it. Nothing else is caught: another
 * failure goes to the error pages as before.
 */
final class RoundFlash {

	private RoundFlash() {
	}

	/** Runs the action; its key is the success message, a refusal's the failure. */
	static void of(RedirectAttributes redirect, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("success", action.get());
		}
		catch (RoundWorkflowException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
	}

	/**
	 * As {@link #of}, for an action on a version the user saw: if that version is gone,
	 * the page says the report changed meanwhile.
	 */
	static void ofVersion(RedirectAttributes redirect, Supplier<String> action) {
		try {
			of(redirect, action);
		}
		catch (StaleReportException ex) {
			redirect.addFlashAttribute("failure", "round.error.stale");
		}
	}

}
