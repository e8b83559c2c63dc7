package vn.hanoi.plantracker.user.web;

import jakarta.servlet.http.HttpServletRequest;
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

import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.system.RefusedEdits;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.AdministratorOfAccount;
import vn.hanoi.plantracker.user.PasswordPolicy;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.user.UserAccount;
import vn.hanoi.plantracker.user.UserAdministration;
import vn.hanoi.plantracker.user.UserEditException;
import vn.hanoi.plantracker.system.access.AdminOnly;

/**
 * The administrator creates and edits accounts of every role, resets passwords, unlocks,
 * deactivates and reactivates accounts. There is no delete: an account's name stays on
 * the history it wrote.
 */
@Controller
@AdminOnly
class AdminUserEditController {

	private static final String STALE = "admin.userEdit.stale";

	private final UserAdministration administration;

	private final AgencyRepository agencies;

	AdminUserEditController(UserAdministration administration, AgencyRepository agencies) {
		this.administration = administration;
		this.agencies = agencies;
	}

	@GetMapping("/admin/users/new")
	String newAccount(Model model) {
		return renderNew(new NewAccountForm(), model);
	}

	@PostMapping("/admin/users/new")
	String create(@AuthenticationPrincipal PlanUser admin, @Valid @ModelAttribute("officerForm") NewAccountForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (!binding.hasErrors()) {
			try {
				long id = this.administration.createAccount(admin, form.toCommand(), request.getRemoteAddr());
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
	@AdministratorOfAccount
	String show(@PathVariable long id, Model model) {
		UserAccount account = this.administration.find(id);
		return render(account, accountFormOf(account), editFormOf(account), model);
	}

	/**
	 * A refused edit is shown at its POST address; a reload or a language switch there
	 * asks for it with GET: the account's page.
	 */
	@GetMapping({ "/admin/users/{id}/edit", "/admin/users/{id}/password" })
	@AdministratorOfAccount
	String editAgain(@PathVariable long id) {
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/edit")
	@AdministratorOfAccount
	String edit(@AuthenticationPrincipal PlanUser admin, @PathVariable long id,
			@Valid @ModelAttribute("editForm") AccountEditForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		if (RefusedEdits.saved(binding, response, STALE, () -> this.administration.edit(admin, id, form.getVersion(),
				form.toCommand(), form.proof(), request.getRemoteAddr()))) {
			redirect.addFlashAttribute("success", "admin.userEdit.flash.changed");
			return "redirect:/admin/users/" + id;
		}
		form.forgetSecrets();
		UserAccount account = this.administration.find(id);
		return render(account, accountFormOf(account), form, model);
	}

	@PostMapping("/admin/users/{id}/password")
	@AdministratorOfAccount
	String resetPassword(@AuthenticationPrincipal PlanUser admin, @PathVariable long id,
			@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response, HttpServletRequest request) {
		return act(binding, form, id, model, redirect, response, "admin.userEdit.flash.passwordReset",
				() -> this.administration.resetPassword(admin, id, form.getVersion(), form.getPassword(), form.proof(),
						request.getRemoteAddr()));
	}

	@PostMapping("/admin/users/{id}/deactivate")
	@AdministratorOfAccount
	String deactivate(@AuthenticationPrincipal PlanUser admin, @PathVariable long id,
			@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response, HttpServletRequest request) {
		return act(binding, form, id, model, redirect, response, "admin.userEdit.flash.deactivated",
				() -> this.administration.deactivate(admin, id, form.getVersion(), form.getReason(), form.proof(),
						request.getRemoteAddr()));
	}

	@PostMapping("/admin/users/{id}/reactivate")
	@AdministratorOfAccount
	String reactivate(@AuthenticationPrincipal PlanUser admin, @PathVariable long id,
			@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response, HttpServletRequest request) {
		return act(binding, form, id, model, redirect, response, "admin.userEdit.flash.reactivated",
				() -> this.administration.reactivate(admin, id, form.getVersion(), form.getReason(),
						request.getRemoteAddr()));
	}

	@PostMapping("/admin/users/{id}/unlock")
	@AdministratorOfAccount
	String unlock(@AuthenticationPrincipal PlanUser admin, @PathVariable long id, HttpServletRequest request,
			RedirectAttributes redirect) {
		this.administration.unlock(admin, id, request.getRemoteAddr());
		redirect.addFlashAttribute("success", "admin.userEdit.flash.unlocked");
		return "redirect:/admin/users/" + id;
	}

	private String act(BindingResult binding, AccountForm form, long id, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String success, Runnable action) {
		if (RefusedEdits.saved(binding, response, STALE, action)) {
			redirect.addFlashAttribute("success", success);
			return "redirect:/admin/users/" + id;
		}
		form.forgetSecrets();
		UserAccount account = this.administration.find(id);
		return render(account, form, editFormOf(account), model);
	}

	private static AccountForm accountFormOf(UserAccount account) {
		AccountForm form = new AccountForm();
		form.setVersion(account.getVersion());
		return form;
	}

	private static AccountEditForm editFormOf(UserAccount account) {
		AccountEditForm form = new AccountEditForm();
		form.setVersion(account.getVersion());
		form.setFullName(account.getFullName());
		form.setEmail(account.getEmail());
		form.setRole(account.getRole());
		form.setAgencyId(account.getAgency().getId());
		return form;
	}

	private String renderNew(NewAccountForm form, Model model) {
		model.addAttribute("officerForm", form);
		model.addAttribute("agencies", this.agencies.findAllByOrderBySortOrderAscNameViAsc());
		model.addAttribute("roles", Role.values());
		return "admin/user-new";
	}

	private String render(UserAccount account, AccountForm form, AccountEditForm editForm, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("agencyName",
				this.agencies.findById(account.getAgency().getId())
					.map(vn.hanoi.plantracker.agency.Agency::getName)
					.orElse(""));
		model.addAttribute("accountForm", form);
		model.addAttribute("editForm", editForm);
		model.addAttribute("agencies", this.agencies.findAllByOrderBySortOrderAscNameViAsc());
		model.addAttribute("roles", Role.values());
		model.addAttribute("lockedUntil",
				this.administration.lockedUntil(account.getId())
					.map((until) -> until.atZone(Today.ZONE).toLocalDateTime())
					.orElse(null));
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "admin/user";
	}

}
