package vn.hanoi.plantracker.round.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.assignment.EvidenceRules;
import vn.hanoi.plantracker.round.AgencyReportFiles;
import vn.hanoi.plantracker.round.AgencyReports;
import vn.hanoi.plantracker.round.ReportCommand;
import vn.hanoi.plantracker.round.RoundDossier;
import vn.hanoi.plantracker.round.RoundWorkflowException;
import vn.hanoi.plantracker.round.StaleReportException;
import vn.hanoi.plantracker.system.Confirmation;
import vn.hanoi.plantracker.system.OversizeUploads;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.SignedIn;

/**
 * One agency's report in a round: the officer's form (save a draft or submit), the
 * coordinator's decision, attachments, the Word document and the history.
 */
@Controller
@SignedIn
class AgencyReportController {

	private final AgencyReports reports;

	private final MessageSource messages;

	private final AgencyReportFiles files;

	AgencyReportController(AgencyReports reports, MessageSource messages, AgencyReportFiles files) {
		this.files = files;
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/rounds/{round}/reports/{agency}")
	String show(@AuthenticationPrincipal PlanUser user, @PathVariable long round, @PathVariable long agency,
			Model model) {
		RoundDossier.Part part = this.reports.view(user, round, agency);
		if (!model.containsAttribute("agencyReportForm")) {
			model.addAttribute("agencyReportForm", AgencyReportForm.of(part));
		}
		return page(user, round, agency, part, model);
	}

	private String page(PlanUser user, long round, long agency, RoundDossier.Part part, Model model) {
		RoundDossier.Heading heading = this.reports.round(round);
		model.addAttribute("round", heading);
		model.addAttribute("asOf", this.reports.asOf(heading));
		model.addAttribute("part", part);
		model.addAttribute("history", this.reports.history(user, round, agency));
		return "rounds/report";
	}

	/**
	 * Saves the draft or sends the report. A failure comes back to the report's own page
	 * (GET) with what was typed, so that reloading it or switching the language works; a
	 * report with task lines left empty is saved as a draft and sent only from its
	 * confirmation step, which says how many are empty.
	 */
	@PostMapping("/rounds/{round}/reports/{agency}")
	String save(@AuthenticationPrincipal PlanUser user, @PathVariable long round, @PathVariable long agency,
			@Valid @ModelAttribute AgencyReportForm agencyReportForm, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		String back = "redirect:/rounds/" + round + "/reports/" + agency;
		RoundDossier.Part part = this.reports.view(user, round, agency);
		if (binding.hasErrors()) {
			return keepTyped(agencyReportForm, binding, "round.report.error.invalid", redirect, back);
		}
		try {
			ReportCommand command = agencyReportForm.toCommand(round, agency);
			if ("submit".equals(action)) {
				this.reports.requireSubmittable(command);
				if (this.reports.emptyLines(user, command) > 0) {
					this.reports.save(user, command);
					return back + "/submit";
				}
				this.reports.submit(user, command);
				redirect.addFlashAttribute("success", "round.report.submitted");
			}
			else {
				this.reports.save(user, command);
				redirect.addFlashAttribute("success", "round.report.saved");
			}
			return back;
		}
		catch (StaleReportException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("round", this.reports.round(round));
			model.addAttribute("part", part);
			agencyReportForm.setVersion(part.version());
			return "rounds/conflict";
		}
		catch (RoundWorkflowException ex) {
			// keep what was typed: the page is shown again with the form as sent
			return keepTyped(agencyReportForm, binding, ex.messageKey(), redirect, back);
		}
	}

	private static String keepTyped(AgencyReportForm form, BindingResult binding, String failure,
			RedirectAttributes redirect, String back) {
		redirect.addFlashAttribute("agencyReportForm", form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "agencyReportForm", binding);
		redirect.addFlashAttribute("failure", failure);
		return back;
	}

	/** The confirmation step of sending a report with task lines left empty. */
	@GetMapping("/rounds/{round}/reports/{agency}/submit")
	String confirmSubmit(@AuthenticationPrincipal PlanUser user, @PathVariable long round, @PathVariable long agency,
			Model model) {
		RoundDossier.Part part = this.reports.view(user, round, agency);
		String page = "/rounds/" + round + "/reports/" + agency;
		int empty = this.reports.emptyLines(user, AgencyReportForm.of(part).toCommand(round, agency));
		Confirmation confirmation = Confirmation.of("round.report.submit.confirm.title", page + "/submit", page)
			.field("version", part.version())
			.button("round.report.submit.confirm.button");
		if (empty > 0) {
			confirmation.consequence("round.report.submit.confirm.empty", empty, part.lines().size());
		}
		confirmation.consequence("round.report.submit.confirm.saved").consequence("round.report.submit.confirm.locked");
		model.addAttribute("confirmation", confirmation);
		return Confirmation.VIEW;
	}

	/** Sends the saved draft, once confirmed. */
	@PostMapping("/rounds/{round}/reports/{agency}/submit")
	String submitConfirmed(@AuthenticationPrincipal PlanUser user, @PathVariable long round, @PathVariable long agency,
			@RequestParam(defaultValue = "-1") long version,
			@RequestParam(name = Confirmation.PARAM, required = false) Boolean confirmed, RedirectAttributes redirect) {
		String back = "redirect:/rounds/" + round + "/reports/" + agency;
		if (Confirmation.isMissing(confirmed)) {
			return back + "/submit";
		}
		AgencyReportForm saved = AgencyReportForm.of(this.reports.view(user, round, agency));
		saved.setVersion(version);
		RoundFlash.ofVersion(redirect, () -> {
			this.reports.submit(user, saved.toCommand(round, agency));
			return "round.report.submitted";
		});
		return back;
	}

	@PostMapping("/rounds/{round}/reports/{agency}/decision")
	String decide(@AuthenticationPrincipal PlanUser user, @PathVariable long round, @PathVariable long agency,
			@RequestParam String decision, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			if ("accept".equals(decision)) {
				this.reports.accept(user, round, agency, version);
				redirect.addFlashAttribute("success", "round.report.accepted");
			}
			else {
				this.reports.returnReport(user, round, agency, version, reason);
				redirect.addFlashAttribute("success", "round.report.returned");
			}
		}
		catch (RoundWorkflowException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			redirect.addFlashAttribute("typedReason", reason);
		}
		catch (StaleReportException ex) {
			redirect.addFlashAttribute("failure", "round.error.stale");
			redirect.addFlashAttribute("typedReason", reason);
		}
		return "redirect:/rounds/" + round + "/reports/" + agency;
	}

	@PostMapping("/rounds/{round}/reports/{agency}/files")
	String attach(@AuthenticationPrincipal PlanUser user, @PathVariable long round, @PathVariable long agency,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Locale locale,
			RedirectAttributes redirect, HttpServletRequest request) {
		if (OversizeUploads.refused(request)) {
			this.reports.view(user, round, agency);
			redirect.addFlashAttribute("fileRefusal",
					this.messages.getMessage("evidence.requestTooLarge", null, locale));
			return "redirect:/rounds/" + round + "/reports/" + agency;
		}
		try {
			List<EvidenceRules.Refusal> refused = this.files.attach(user, round, agency, files);
			if (refused.isEmpty()) {
				redirect.addFlashAttribute("success", "round.report.attached");
			}
			else {
				redirect.addFlashAttribute("fileRefusal",
						this.messages.getMessage(refused.get(0).code(), refused.get(0).args(), locale));
			}
		}
		catch (RoundWorkflowException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
		return "redirect:/rounds/" + round + "/reports/" + agency;
	}

	@GetMapping("/rounds/{round}/reports/{agency}/files/{number}")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal PlanUser user, @PathVariable long round,
			@PathVariable long agency, @PathVariable int number) {
		AgencyReportFiles.ReportFile file = this.files.file(user, round, agency, number);
		return Downloads.file(file.content(), file.contentType(), file.name());
	}

	@GetMapping("/rounds/{round}/reports/{agency}/report.docx")
	ResponseEntity<byte[]> docx(@AuthenticationPrincipal PlanUser user, @PathVariable long round,
			@PathVariable long agency, Locale locale) {
		return Downloads.file(this.reports.document(user, round, agency, locale), Downloads.DOCX,
				"bao-cao-" + round + "-" + agency + ".docx");
	}

}
