package vn.hanoi.plantracker.round.web;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
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

import vn.hanoi.plantracker.plan.PlanChoice;
import vn.hanoi.plantracker.round.ReportCoverage;
import vn.hanoi.plantracker.round.ReportCoverages;
import vn.hanoi.plantracker.round.RoundDashboard;
import vn.hanoi.plantracker.round.RoundWorkflowException;
import vn.hanoi.plantracker.round.Rounds;
import vn.hanoi.plantracker.system.Confirmation;
import vn.hanoi.plantracker.system.Pager;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.system.access.SignedIn;
import vn.hanoi.plantracker.system.access.CoordinatorOnly;

/** The list of rounds, opening one, and the coordinator's round dashboard. */
@Controller
@SignedIn
class RoundController {

	private final Rounds rounds;

	private final RoundDashboard dashboard;

	private final Today today;

	private final ReportCoverages coverages;

	private final PlanChoice choice;

	RoundController(Rounds rounds, RoundDashboard dashboard, Today today, ReportCoverages coverages,
			PlanChoice choice) {
		this.choice = choice;
		this.rounds = rounds;
		this.dashboard = dashboard;
		this.today = today;
		this.coverages = coverages;
	}

	@GetMapping("/rounds")
	String list(@AuthenticationPrincipal PlanUser user, @RequestParam(required = false) Long plan,
			HttpServletRequest http, Model model) {
		long chosen = this.choice.choose(plan, http, true);
		model.addAttribute("rounds", this.rounds.list(user, chosen));
		model.addAttribute("planOptions", this.choice.plans());
		model.addAttribute("chosenPlan", chosen);
		return "rounds/list";
	}

	@GetMapping("/rounds/new")
	@CoordinatorOnly
	String newRound(@AuthenticationPrincipal PlanUser user, Model model) {
		OpenRoundForm form = new OpenRoundForm();
		form.setYear(this.today.date().getYear());
		model.addAttribute("openRoundForm", form);
		model.addAttribute("plans", this.rounds.plansToOpen(user));
		return "rounds/new";
	}

	@PostMapping("/rounds")
	@CoordinatorOnly
	String open(@AuthenticationPrincipal PlanUser user, @Valid @ModelAttribute OpenRoundForm openRoundForm,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				long id = this.rounds.open(user, openRoundForm.getPlanId(), openRoundForm.getKind(),
						openRoundForm.getYear(), openRoundForm.getDueOn());
				redirect.addFlashAttribute("success", "round.opened");
				return "redirect:/rounds/" + id;
			}
			catch (RoundWorkflowException ex) {
				binding.reject(ex.messageKey());
			}
		}
		model.addAttribute("plans", this.rounds.plansToOpen(user));
		return "rounds/new";
	}

	@GetMapping("/rounds/{id}")
	String dashboard(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@RequestParam(defaultValue = "1") int page, Model model) {
		if (user.hasRole(Role.OFFICER)) {
			return "redirect:/rounds/" + id + "/reports/" + user.getAgencyId();
		}
		RoundDashboard.View view = this.dashboard.view(user, id);
		model.addAttribute("view", view);
		// the counts are the whole round's; the agencies come a page at a time
		model.addAttribute("pager", Pager.of(view.rows(), page));
		return "rounds/dashboard";
	}

	@GetMapping("/rounds/{id}/dashboard.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal PlanUser user, @PathVariable long id, Locale locale) {
		return Downloads.file(this.dashboard.xlsx(user, id, locale), Downloads.XLSX, "round-" + id + ".xlsx");
	}

	@PostMapping("/rounds/{id}/remind")
	String remind(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@RequestParam(name = "agency", required = false) Set<Long> agencies, RedirectAttributes redirect) {
		RoundFlash.of(redirect,
				() -> (this.dashboard.remind(user, id, agencies) > 0) ? "round.reminded" : "round.remindedNone");
		return "redirect:/rounds/" + id;
	}

	/** Leadership cannot be un-told: the coordinator sees whom the escalation names. */
	@GetMapping("/rounds/{id}/escalate")
	@CoordinatorOnly
	String confirmEscalate(@AuthenticationPrincipal PlanUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		RoundDashboard.View view = this.dashboard.view(user, id);
		List<String> missing = view.rows()
			.stream()
			.filter((r) -> r.required() && !r.sent())
			.map(RoundDashboard.Row::name)
			.toList();
		if (!view.escalationDue() || missing.isEmpty()) {
			redirect.addFlashAttribute("failure",
					missing.isEmpty() ? "round.escalate.none" : "round.escalate.tooEarly");
			return "redirect:/rounds/" + id;
		}
		long late = ChronoUnit.DAYS.between(view.round().dueOn(), this.today.date());
		model.addAttribute("confirmation",
				Confirmation.of("round.escalate.confirm.title", "/rounds/" + id + "/escalate", "/rounds/" + id)
					.consequence("round.escalate.confirm.who", missing.size(), late, String.join("; ", missing))
					.consequence("round.escalate.confirm.final")
					.button("round.escalate.confirm.button"));
		return Confirmation.VIEW;
	}

	@PostMapping("/rounds/{id}/escalate")
	String escalate(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@RequestParam(name = Confirmation.PARAM, required = false) Boolean confirmed, RedirectAttributes redirect) {
		if (Confirmation.isMissing(confirmed)) {
			return "redirect:/rounds/" + id + "/escalate";
		}
		RoundFlash.of(redirect, () -> {
			this.dashboard.escalate(user, id);
			return "round.escalated";
		});
		return "redirect:/rounds/" + id;
	}

	/** A closed round cannot be reopened: the coordinator sees what is still missing. */
	@GetMapping("/rounds/{id}/close")
	@CoordinatorOnly
	String confirmClose(@AuthenticationPrincipal PlanUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		RoundDashboard.View view = this.dashboard.view(user, id);
		if (!view.round().open()) {
			redirect.addFlashAttribute("failure", "round.error.closed");
			return "redirect:/rounds/" + id;
		}
		ReportCoverage coverage = this.coverages.of(user, id);
		model.addAttribute("confirmation", CoverageConsequences
			.of(Confirmation.of("round.close.confirm.title", "/rounds/" + id + "/close", "/rounds/" + id), coverage)
			.consequence("round.close.confirm.final")
			.field("version", view.roundVersion())
			.button("round.close"));
		return Confirmation.VIEW;
	}

	@PostMapping("/rounds/{id}/close")
	String close(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@RequestParam(defaultValue = "-1") long version,
			@RequestParam(name = Confirmation.PARAM, required = false) Boolean confirmed, RedirectAttributes redirect) {
		if (Confirmation.isMissing(confirmed)) {
			return "redirect:/rounds/" + id + "/close";
		}
		RoundFlash.ofVersion(redirect, () -> {
			this.rounds.close(user, id, version);
			return "round.closed";
		});
		return "redirect:/rounds/" + id;
	}

}
