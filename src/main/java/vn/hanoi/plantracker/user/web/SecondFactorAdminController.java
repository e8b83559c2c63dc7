package vn.hanoi.plantracker.user.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.agency.AgencyNotFoundException;
import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.user.AdministratorOfAccount;
import vn.hanoi.plantracker.user.Reauthentication;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.SecondFactor;
import vn.hanoi.plantracker.system.Pager;
import vn.hanoi.plantracker.system.access.AdminOnly;

/**
 * The administrator resets a user's lost second factor (with a reason, logged) and
 * chooses the agencies whose officers must use one.
 */
@Controller
@AdminOnly
class SecondFactorAdminController {

	private static final int MAX_REASON = 500;

	private final SecondFactor secondFactor;

	private final AgencyRepository agencies;

	private final Reauthentication reauthentication;

	SecondFactorAdminController(SecondFactor secondFactor, AgencyRepository agencies,
			Reauthentication reauthentication) {
		this.secondFactor = secondFactor;
		this.agencies = agencies;
		this.reauthentication = reauthentication;
	}

	@PostMapping("/admin/users/{id}/two-factor/reset")
	@AdministratorOfAccount
	String reset(@AuthenticationPrincipal PlanUser admin, @PathVariable long id,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String code, HttpServletRequest request, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
			redirect.addFlashAttribute("failure", "twoFactor.admin.reasonRequired");
			return "redirect:/admin/users/" + id;
		}
		// a reset opens someone's account to a password alone: the administrator signs in
		// again on the spot (ASVS 7.5.1)
		String address = request.getRemoteAddr();
		if (!this.reauthentication.confirms(admin, new Reauthentication.Proof(currentPassword, code), address)) {
			redirect.addFlashAttribute("failure", "twoFactor.admin.reauthFailed");
			return "redirect:/admin/users/" + id;
		}
		this.secondFactor.reset(admin, id, reason.strip(), request.getRemoteAddr());
		redirect.addFlashAttribute("success", "twoFactor.admin.flash.reset");
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/admin/two-factor")
	String agencies(@RequestParam(defaultValue = "1") int page, Model model) {
		// ~150 agencies, each with its button: a page at a time
		model.addAttribute("pager", Pager.of(this.agencies.findAllByOrderBySortOrderAscNameViAsc(), page));
		model.addAttribute("requiring", this.secondFactor.agenciesRequiring());
		return "admin/two-factor";
	}

	@PostMapping("/admin/two-factor/{agencyId}")
	String require(@AuthenticationPrincipal PlanUser admin, @PathVariable long agencyId, @RequestParam boolean required,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest request, RedirectAttributes redirect) {
		this.agencies.findById(agencyId).orElseThrow(() -> new AgencyNotFoundException(agencyId));
		this.secondFactor.requireForAgency(admin, agencyId, required, request.getRemoteAddr());
		redirect.addFlashAttribute("success", "twoFactor.admin.flash.agency");
		// back to the page the agency was on
		return "redirect:/admin/two-factor" + ((page > 1) ? "?page=" + page : "");
	}

}
