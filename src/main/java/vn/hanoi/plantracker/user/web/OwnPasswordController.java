package vn.hanoi.plantracker.user.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.user.OwnPassword;
import vn.hanoi.plantracker.user.PasswordPolicy;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.UserEditException;
import vn.hanoi.plantracker.system.access.SignedIn;

/** "Change my password", for every signed-in user. */
@Controller
@SignedIn
class OwnPasswordController {

	private final OwnPassword passwords;

	OwnPasswordController(OwnPassword passwords) {
		this.passwords = passwords;
	}

	@GetMapping("/account/password")
	String form(@AuthenticationPrincipal PlanUser user, Model model) {
		return render(user, new PasswordChangeForm(), model);
	}

	@PostMapping("/account/password")
	String change(@AuthenticationPrincipal PlanUser user, @ModelAttribute("passwordForm") PasswordChangeForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (!binding.hasErrors()) {
			if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmation())) {
				binding.reject("password.confirmationDiffers", "password.confirmationDiffers");
			}
			else {
				try {
					boolean chosenByOthers = this.passwords.mustChange(user);
					PlanUser changed = this.passwords.change(user, form.getCurrentPassword(), form.getNewPassword(),
							request.getRemoteAddr());
					SignedInSession.replace(changed, false, request, response);
					redirect.addFlashAttribute("success", "password.flash.changed");
					// a first password of one's own opens the rest of the application
					return chosenByOthers ? "redirect:/" : "redirect:/account/password";
				}
				catch (UserEditException ex) {
					binding.reject(ex.getCode(), ex.getCode());
				}
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		form.forget();
		return render(user, form, model);
	}

	private String render(PlanUser user, PasswordChangeForm form, Model model) {
		model.addAttribute("mustChange", this.passwords.mustChange(user));
		model.addAttribute("passwordForm", form);
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
		return "account/password";
	}

}
