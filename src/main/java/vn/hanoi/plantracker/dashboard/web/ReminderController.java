package vn.hanoi.plantracker.dashboard.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.dashboard.Reminders;
import vn.hanoi.plantracker.system.LocalRedirect;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.CoordinatorOrAdmin;

/** Sends reminders from the dashboard and returns to the view they were sent from. */
@Controller
@CoordinatorOrAdmin
class ReminderController {

	private final Reminders reminders;

	ReminderController(Reminders reminders) {
		this.reminders = reminders;
	}

	@PostMapping("/coordinator/reminders")
	String send(@AuthenticationPrincipal PlanUser sender, @Valid @ModelAttribute ReminderForm form,
			BindingResult binding, RedirectAttributes redirect) {
		// where to go back to is settled before anything is sent
		String back = LocalRedirect.within("/coordinator/", form.getReturnTo(), "/coordinator/overdue");
		if (binding.hasFieldErrors("message")) {
			redirect.addFlashAttribute("failure", "reminder.messageTooLong");
		}
		else if (binding.hasErrors()) {
			redirect.addFlashAttribute("failure", "reminder.nothingChosen");
		}
		else if (this.reminders.send(sender, form.toRequest()) == 0) {
			redirect.addFlashAttribute("failure", "reminder.nothingChosen");
		}
		else {
			redirect.addFlashAttribute("success", "reminder.sent");
		}
		return "redirect:" + back;
	}

}
