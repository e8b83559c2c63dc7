package vn.hanoi.plantracker.round.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.plan.PlanAccess;
import vn.hanoi.plantracker.round.ReportingCalendar;
import vn.hanoi.plantracker.round.RoundWorkflowException;
import vn.hanoi.plantracker.round.StaleReportException;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.SignedIn;
import vn.hanoi.plantracker.system.access.CoordinatorOnly;

/**
 * The reporting calendar: every plan's due days for the six-month and annual reports,
 * read by leadership and edited by the coordinator. A refused or stale edit shows the
 * form again with what was typed (a stale one with status 409 and the values saved
 * meanwhile).
 */
@Controller
@SignedIn
class CalendarController {

	private final ReportingCalendar calendar;

	private final PlanAccess plans;

	CalendarController(ReportingCalendar calendar, PlanAccess plans) {
		this.calendar = calendar;
		this.plans = plans;
	}

	@GetMapping("/rounds/calendar")
	String list(@AuthenticationPrincipal PlanUser user, Model model) {
		model.addAttribute("entries", this.calendar.entries(user));
		// an entry is edited by the coordinators of its plan only: the others read its
		// history
		model.addAttribute("editablePlans", Set.copyOf(this.plans.coordinatedPlanIds(user)));
		return "rounds/calendar";
	}

	@GetMapping("/rounds/calendar/{id}")
	String edit(@AuthenticationPrincipal PlanUser user, @PathVariable long id, Model model) {
		ReportingCalendar.Entry entry = this.calendar.entry(user, id);
		model.addAttribute("calendarForm", CalendarForm.of(entry));
		return page(user, entry, model);
	}

	@PostMapping("/rounds/calendar/{id}")
	@CoordinatorOnly
	String save(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@Valid @ModelAttribute CalendarForm calendarForm, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ReportingCalendar.Entry entry = this.calendar.entry(user, id);
		if (!binding.hasErrors()) {
			try {
				this.calendar.update(user, id, calendarForm.getVersion(), calendarForm.getDueMonth(),
						calendarForm.getDueDay(), calendarForm.getOpenDaysBefore());
				redirect.addFlashAttribute("success", "uxr.calendar.saved");
				return "redirect:/rounds/calendar";
			}
			catch (StaleReportException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conflict", true);
			}
			catch (RoundWorkflowException ex) {
				binding.reject(ex.messageKey());
			}
		}
		return page(user, entry, model);
	}

	private String page(PlanUser user, ReportingCalendar.Entry entry, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("history", this.calendar.history(user, entry.id()));
		model.addAttribute("canEdit", this.plans.coordinates(user, entry.planId()));
		return "rounds/calendar-edit";
	}

}
