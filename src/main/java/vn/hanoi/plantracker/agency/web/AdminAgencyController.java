package vn.hanoi.plantracker.agency.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyAdministration;
import vn.hanoi.plantracker.agency.AgencyEditException;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.agency.AgencyNotFoundException;
import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.system.Pager;
import vn.hanoi.plantracker.system.RefusedEdits;
import vn.hanoi.plantracker.system.access.AdminOnly;

/**
 * Agencies for the administrator: the list, adding one, renaming one (the old name stays
 * in the history) and ending one's validity. There is no delete: agencies have history.
 */
@Controller
@AdminOnly
class AdminAgencyController {

	private static final String STALE = "admin.agencies.stale";

	private final AgencyRepository agencies;

	private final AgencyAdministration administration;

	AdminAgencyController(AgencyRepository agencies, AgencyAdministration administration) {
		this.agencies = agencies;
		this.administration = administration;
	}

	@GetMapping("/admin/agencies")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		// every agency, including those that merged away; a page at a time
		model.addAttribute("pager", Pager.of(this.agencies.findAllByOrderBySortOrderAscNameViAsc(), page));
		return "admin/agencies";
	}

	@GetMapping("/admin/agencies/new")
	String newAgency(Model model) {
		model.addAttribute("agencyForm", new AgencyForm());
		model.addAttribute("kinds", AgencyKind.values());
		return "admin/agency-new";
	}

	@PostMapping("/admin/agencies/new")
	String add(@Validated(AgencyForm.Adding.class) @ModelAttribute("agencyForm") AgencyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!binding.hasErrors()) {
			try {
				long id = this.administration.add(form.getCode(), form.getNameVi(), form.getNameEn(), form.getKind(),
						form.getActiveFrom());
				redirect.addFlashAttribute("success", "admin.agencies.flash.added");
				return "redirect:/admin/agencies/" + id;
			}
			catch (AgencyEditException ex) {
				binding.reject(ex.getCode(), ex.getCode());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("kinds", AgencyKind.values());
		return "admin/agency-new";
	}

	@GetMapping("/admin/agencies/{id}")
	String show(@PathVariable long id, Model model) {
		Agency agency = load(id);
		AgencyForm form = new AgencyForm();
		form.setVersion(agency.getVersion());
		form.setNameVi(agency.getNameVi());
		form.setNameEn(agency.getNameEn());
		form.setActiveUntil(agency.getActiveUntil());
		return render(agency, form, model);
	}

	/**
	 * A refused rename or end is shown at its POST address; a reload or a language switch
	 * there asks for it with GET: the agency's page.
	 */
	@GetMapping({ "/admin/agencies/{id}/rename", "/admin/agencies/{id}/end" })
	String changeAgain(@PathVariable long id) {
		return "redirect:/admin/agencies/" + id;
	}

	@PostMapping("/admin/agencies/{id}/rename")
	String rename(@PathVariable long id,
			@Validated(AgencyForm.Renaming.class) @ModelAttribute("agencyForm") AgencyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (RefusedEdits.saved(binding, response, STALE,
				() -> this.administration.rename(id, form.getVersion(), form.getNameVi(), form.getNameEn()))) {
			redirect.addFlashAttribute("success", "admin.agencies.flash.renamed");
			return "redirect:/admin/agencies/" + id;
		}
		return render(load(id), form, model);
	}

	@PostMapping("/admin/agencies/{id}/end")
	String end(@AuthenticationPrincipal(expression = "id") Long adminId, @PathVariable long id,
			@Validated(AgencyForm.Ending.class) @ModelAttribute("agencyForm") AgencyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (RefusedEdits.saved(binding, response, STALE, () -> this.administration.end(id, form.getVersion(),
				form.getActiveUntil(), adminId, form.getReason()))) {
			redirect.addFlashAttribute("success", "admin.agencies.flash.ended");
			return "redirect:/admin/agencies/" + id;
		}
		return render(load(id), form, model);
	}

	private Agency load(long id) {
		return this.agencies.findById(id).orElseThrow(() -> new AgencyNotFoundException(id));
	}

	private String render(Agency agency, AgencyForm form, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("agencyForm", form);
		model.addAttribute("names", this.administration.names(agency.getId()));
		return "admin/agency";
	}

}
