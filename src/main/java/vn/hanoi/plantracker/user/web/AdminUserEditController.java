package vn.hanoi.plantracker.user.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.UserAccount;
import vn.hanoi.plantracker.user.UserAdministration;
import vn.hanoi.plantracker.user.UserEditException;

/**
 * The administrator creates officer accounts, resets passwords and deactivates accounts.
 * There is no delete: an account's name stays on the history it wrote.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminUserEditController {

	private static final String STALE = "admin.userEdit.stale";

	private final UserAdministration administration;

	private final AgencyRepository agencies;

	AdminUserEditController(UserAdministration administration, AgencyRepository agencies) {
		this.administration = administration;
		this.agencies = agencies;
	}

	@GetMapping("/admin/users/new")
	String newOfficer(Model model) {
		return renderNew(new OfficerForm(), model);
	}

	@PostMapping("/admin/users/new")
	String create(@Valid @ModelAttribute("officerForm") OfficerForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!binding.hasErrors()) {
			try {
				long id = this.administration.createOfficer(form.getUsername(), form.getFullName(), form.getEmail(),
						form.getAgencyId(), form.getPassword());
				redirect.addFlashAttribute("success", "admin.userEdit.flash.created");
				return "redirect:/admin/users/" + id;
			}
			catch (UserEditException ex) {
				binding.reject(ex.getCode(), ex.getCode());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		form.setPassword(null);
		return renderNew(form, model);
	}

	@GetMapping("/admin/users/{id}")
	String show(@PathVariable long id, Model model) {
		UserAccount account = this.administration.find(id);
		AccountForm form = new AccountForm();
		form.setVersion(account.getVersion());
		return render(account, form, model);
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@AuthenticationPrincipal PlanUser admin, @PathVariable long id,
			@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response,
			jakarta.servlet.http.HttpServletRequest request) {
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		if (!binding.hasErrors()) {
			try {
				this.administration.resetPassword(admin, id, form.getVersion(), form.getPassword(),
						request.getRemoteAddr());
				redirect.addFlashAttribute("success", "admin.userEdit.flash.passwordReset");
				return "redirect:/admin/users/" + id;
			}
			catch (UserEditException ex) {
				binding.reject(ex.getCode(), ex.getCode());
				status = STALE.equals(ex.getCode()) ? HttpStatus.CONFLICT : status;
			}
			catch (OptimisticLockingFailureException ex) {
				// a concurrent save committed first
				binding.reject(STALE, STALE);
				status = HttpStatus.CONFLICT;
			}
		}
		response.setStatus(status.value());
		form.setPassword(null);
		return render(this.administration.find(id), form, model);
	}

	@PostMapping("/admin/users/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal PlanUser admin, @PathVariable long id,
			@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		if (!binding.hasErrors()) {
			try {
				this.administration.deactivate(admin, id, form.getVersion());
				redirect.addFlashAttribute("success", "admin.userEdit.flash.deactivated");
				return "redirect:/admin/users/" + id;
			}
			catch (UserEditException ex) {
				binding.reject(ex.getCode(), ex.getCode());
				status = STALE.equals(ex.getCode()) ? HttpStatus.CONFLICT : status;
			}
			catch (OptimisticLockingFailureException ex) {
				// a concurrent save committed first
				binding.reject(STALE, STALE);
				status = HttpStatus.CONFLICT;
			}
		}
		response.setStatus(status.value());
		return render(this.administration.find(id), form, model);
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@AuthenticationPrincipal PlanUser admin, @PathVariable long id,
			jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
		this.administration.unlock(admin, id, request.getRemoteAddr());
		redirect.addFlashAttribute("success", "admin.userEdit.flash.unlocked");
		return "redirect:/admin/users/" + id;
	}

	private String renderNew(OfficerForm form, Model model) {
		model.addAttribute("officerForm", form);
		model.addAttribute("agencies", this.agencies.findAllByOrderBySortOrderAscNameViAsc());
		return "admin/user-new";
	}

	private String render(UserAccount account, AccountForm form, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("agencyName",
				this.agencies.findById(account.getAgency().getId())
					.map(vn.hanoi.plantracker.agency.Agency::getName)
					.orElse(""));
		model.addAttribute("accountForm", form);
		model.addAttribute("lockedUntil",
				this.administration.lockedUntil(account.getId())
					.map((until) -> until.atZone(vn.hanoi.plantracker.system.Today.ZONE).toLocalDateTime())
					.orElse(null));
		model.addAttribute("minLength", vn.hanoi.plantracker.user.PasswordPolicy.MIN_LENGTH);
		return "admin/user";
	}

}
