package vn.hanoi.plantracker.round.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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

import vn.hanoi.plantracker.round.ApproverOfConsolidatedReport;
import vn.hanoi.plantracker.round.ConsolidatedReport;
import vn.hanoi.plantracker.round.ConsolidatedReports;
import vn.hanoi.plantracker.round.ReportCoverage;
import vn.hanoi.plantracker.round.ReportCoverages;
import vn.hanoi.plantracker.round.RoundWorkflowException;
import vn.hanoi.plantracker.round.StaleReportException;
import vn.hanoi.plantracker.system.Confirmation;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.SignedIn;

/**
 * The city's consolidated report: generated and edited by the coordinator, approved by
 * leadership, downloaded as Word.
 */
@Controller
@SignedIn
class ConsolidatedController {

	private final ConsolidatedReports reports;

	private final ReportCoverages coverages;

	ConsolidatedController(ConsolidatedReports reports, ReportCoverages coverages) {
		this.reports = reports;
		this.coverages = coverages;
	}

	@GetMapping("/rounds/{round}/consolidated")
	String show(@AuthenticationPrincipal PlanUser user, @PathVariable long round, Model model) {
		ConsolidatedReport report = this.reports.view(user, round);
		model.addAttribute("report", report);
		if (!model.containsAttribute("consolidatedForm")) {
			model.addAttribute("consolidatedForm", ConsolidatedForm.of(report));
		}
		return "rounds/consolidated";
	}

	/**
	 * Generating again replaces the edited text, so it asks first; the first draft
	 * overwrites nothing and does not.
	 */
	@GetMapping("/rounds/{round}/consolidated/generate")
	String confirmGenerate(@AuthenticationPrincipal PlanUser user, @PathVariable long round, Model model) {
		ConsolidatedReport report = this.reports.view(user, round);
		String page = "/rounds/" + round + "/consolidated";
		model.addAttribute("confirmation",
				Confirmation.of("round.consolidated.regenerate.confirm.title", page + "/generate", page)
					.consequence("round.consolidated.regenerate.confirm.overwrite", report.dossier().revision())
					.consequence("round.consolidated.regenerate.confirm.keep")
					.button("round.consolidated.regenerate"));
		return Confirmation.VIEW;
	}

	@PostMapping("/rounds/{round}/consolidated/generate")
	String generate(@AuthenticationPrincipal PlanUser user, @PathVariable long round,
			@RequestParam(name = Confirmation.PARAM, required = false) Boolean confirmed, RedirectAttributes redirect) {
		if (Confirmation.isMissing(confirmed) && this.reports.view(user, round).generated()) {
			return "redirect:/rounds/" + round + "/consolidated/generate";
		}
		RoundFlash.of(redirect, () -> {
			this.reports.generate(user, round);
			return "round.consolidated.generated";
		});
		return "redirect:/rounds/" + round + "/consolidated";
	}

	@PostMapping("/rounds/{round}/consolidated")
	String save(@AuthenticationPrincipal PlanUser user, @PathVariable long round,
			@Valid @ModelAttribute ConsolidatedForm consolidatedForm, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.reports.save(user, round, consolidatedForm.getVersion(), consolidatedForm.toSections());
				redirect.addFlashAttribute("success", "round.consolidated.saved");
				return "redirect:/rounds/" + round + "/consolidated";
			}
			catch (StaleReportException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("failure", "round.consolidated.conflict");
				model.addAttribute("conflict", true);
			}
			catch (RoundWorkflowException ex) {
				model.addAttribute("failure", ex.messageKey());
			}
		}
		else {
			model.addAttribute("failure", "round.report.error.invalid");
		}
		// what was typed stays in the form; the saved text is shown beside it
		ConsolidatedReport report = this.reports.view(user, round);
		model.addAttribute("report", report);
		consolidatedForm.setVersion(report.version());
		return "rounds/consolidated";
	}

	/**
	 * Approval cannot be undone: the leader reads how many agency reports the text rests
	 * on before approving it.
	 */
	@GetMapping("/rounds/{round}/consolidated/approve")
	@ApproverOfConsolidatedReport
	String confirmApprove(@AuthenticationPrincipal PlanUser user, @PathVariable long round, Model model,
			RedirectAttributes redirect) {
		ConsolidatedReport report = this.reports.view(user, round);
		String page = "/rounds/" + round + "/consolidated";
		if (!report.generated() || report.approved()) {
			redirect.addFlashAttribute("failure",
					report.approved() ? "round.consolidated.error.approved" : "round.consolidated.notYet");
			return "redirect:" + page;
		}
		ReportCoverage coverage = this.coverages.of(user, round);
		model.addAttribute("confirmation",
				CoverageConsequences
					.of(Confirmation.of("round.consolidated.approve.confirm.title", page + "/approve", page), coverage)
					.consequence("round.consolidated.approve.confirm.revision", report.dossier().revision())
					.consequence("round.consolidated.approve.confirm.final")
					.field("version", report.version())
					.button("round.consolidated.approve"));
		return Confirmation.VIEW;
	}

	@PostMapping("/rounds/{round}/consolidated/approve")
	@ApproverOfConsolidatedReport
	String approve(@AuthenticationPrincipal PlanUser user, @PathVariable long round,
			@RequestParam(defaultValue = "-1") long version,
			@RequestParam(name = Confirmation.PARAM, required = false) Boolean confirmed, RedirectAttributes redirect) {
		if (Confirmation.isMissing(confirmed)) {
			return "redirect:/rounds/" + round + "/consolidated/approve";
		}
		try {
			this.reports.approve(user, round, version);
			redirect.addFlashAttribute("success", "round.consolidated.approved");
		}
		catch (StaleReportException ex) {
			redirect.addFlashAttribute("failure", "round.consolidated.conflict");
		}
		return "redirect:/rounds/" + round + "/consolidated";
	}

	@GetMapping("/rounds/{round}/consolidated.docx")
	ResponseEntity<byte[]> docx(@AuthenticationPrincipal PlanUser user, @PathVariable long round, Locale locale) {
		return Downloads.file(this.reports.document(user, round, locale), Downloads.DOCX,
				"bao-cao-tong-hop-" + round + ".docx");
	}

}
