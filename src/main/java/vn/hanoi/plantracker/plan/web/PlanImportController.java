package vn.hanoi.plantracker.plan.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.plan.AnnexPreview;
import vn.hanoi.plantracker.plan.AnnexTemplate;
import vn.hanoi.plantracker.plan.PlanEditException;
import vn.hanoi.plantracker.plan.PlanImport;
import vn.hanoi.plantracker.plan.PlanImportException;
import vn.hanoi.plantracker.plan.TaskEditException;
import vn.hanoi.plantracker.system.OversizeUploads;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.CoordinatorOrAdmin;

/**
 * Importing a plan from its annex: the heading typed in the form, the table from an
 * .xlsx. An upload shows a preview with each row's problems and keeps the file;
 * confirming creates the plan. A refusal shows the page again with everything typed.
 */
@Controller
@CoordinatorOrAdmin
class PlanImportController {

	private final PlanImport imports;

	PlanImportController(PlanImport imports) {
		this.imports = imports;
	}

	@GetMapping("/plans/import")
	String form(@AuthenticationPrincipal PlanUser user, Model model) {
		return render(PlanHeadingFields.startedBy(user, new PlanImportForm()), null, model);
	}

	@GetMapping("/plans/import/template.xlsx")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-phu-luc-ke-hoach.xlsx").build().toString())
			.body(AnnexTemplate.xlsx());
	}

	@PostMapping("/plans/import")
	String upload(@AuthenticationPrincipal PlanUser user, @Valid @ModelAttribute("importForm") PlanImportForm form,
			BindingResult binding, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		AnnexPreview preview = null;
		if (OversizeUploads.refused(request)) {
			model.addAttribute("fileError",
					new PlanImportException("plans.import.file.tooLarge", PlanImport.MAX_FILE_MEGABYTES));
		}
		else if (file == null || file.isEmpty() && isBlank(file.getOriginalFilename())) {
			model.addAttribute("fileError", new PlanImportException("plans.import.file.none"));
		}
		else {
			try {
				preview = this.imports.upload(user, file.getOriginalFilename(), file.getBytes());
				form.setToken(preview.token());
				form.forgetCorrections();
			}
			catch (PlanImportException ex) {
				model.addAttribute("fileError", ex);
			}
		}
		if (preview == null) {
			// the earlier file, if one is kept, stays the one a confirmation would import
			preview = this.imports.reopen(user, form.getToken(), form.toCorrections()).orElse(null);
		}
		checkHeading(user, form, binding);
		if (model.containsAttribute("fileError")) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return render(form, preview, model);
	}

	/**
	 * The kept file read again with the cells corrected in the preview, without uploading
	 * it again: nothing is saved, the corrections travel with the form.
	 */
	@PostMapping("/plans/import/recheck")
	String recheck(@AuthenticationPrincipal PlanUser user, @Valid @ModelAttribute("importForm") PlanImportForm form,
			BindingResult binding, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (file != null && !file.isEmpty() || OversizeUploads.refused(request)) {
			return upload(user, form, binding, file, model, request, response);
		}
		AnnexPreview preview = this.imports.reopen(user, form.getToken(), form.toCorrections()).orElse(null);
		if (preview == null) {
			model.addAttribute("fileError", new PlanImportException("plans.import.expired"));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		checkHeading(user, form, binding);
		return render(form, preview, model);
	}

	@GetMapping("/plans/import/recheck")
	String recheckAgain() {
		return "redirect:/plans/import";
	}

	/**
	 * A refused confirmation is shown at its POST address; a reload or a language switch
	 * there asks for it with GET: the import page, to start again from the file.
	 */
	@GetMapping("/plans/import/confirm")
	String confirmAgain() {
		return "redirect:/plans/import";
	}

	@PostMapping("/plans/import/confirm")
	String confirm(@AuthenticationPrincipal PlanUser user, @Valid @ModelAttribute("importForm") PlanImportForm form,
			BindingResult binding, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (file != null && !file.isEmpty() || OversizeUploads.refused(request)) {
			// a newly chosen file is previewed first, never imported unseen
			return upload(user, form, binding, file, model, request, response);
		}
		if (!binding.hasErrors()) {
			try {
				long id = this.imports.confirm(user, form.getToken(), form.toCommand(), form.toCorrections());
				redirect.addFlashAttribute("success", "plans.import.created");
				redirect.addFlashAttribute("successArg", form.getNumber().strip());
				return "redirect:/plans/" + id;
			}
			catch (PlanEditException ex) {
				binding.reject(ex.getCode(), ex.getArgs(), ex.getCode());
			}
			catch (TaskEditException ex) {
				binding.reject(ex.getCode(), ex.getCode());
			}
			catch (DataIntegrityViolationException ex) {
				// the same number and date saved by someone else a moment ago
				binding.reject("plans.import.numberTaken",
						new Object[] { form.getNumber().strip(), PlanImport.DAY.format(form.getIssuedOn()) },
						"plans.import.numberTaken");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		AnnexPreview preview = this.imports.reopen(user, form.getToken(), form.toCorrections()).orElse(null);
		if (preview == null) {
			model.addAttribute("fileError", new PlanImportException("plans.import.expired"));
		}
		return render(form, preview, model);
	}

	private void checkHeading(PlanUser user, PlanImportForm form, BindingResult binding) {
		if (!binding.hasErrors()) {
			this.imports.headingProblem(user, form.toCommand())
				.ifPresent((ex) -> binding.reject(ex.getCode(), ex.getArgs(), ex.getCode()));
		}
	}

	private String render(PlanImportForm form, AnnexPreview preview, Model model) {
		model.addAttribute("importForm", form);
		model.addAttribute("preview", preview);
		model.addAttribute("agencies", this.imports.currentAgencies());
		model.addAttribute("maxMegabytes", PlanImport.MAX_FILE_MEGABYTES);
		return "plans/import";
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
