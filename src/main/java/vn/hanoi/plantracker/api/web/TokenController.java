package vn.hanoi.plantracker.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.api.ApiTokens;
import vn.hanoi.plantracker.api.TokenRefusedException;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.SignedIn;

/**
 * The user's personal access tokens for the API: make one (shown once, on the answer to
 * the POST itself, never kept in the session), see when each was last used and from
 * where, revoke one.
 */
@Controller
@SignedIn
class TokenController {

	/** How long a new token is valid unless the user picks another day. */
	static final int DEFAULT_DAYS = 90;

	private final ApiTokens tokens;

	private final Today today;

	TokenController(ApiTokens tokens, Today today) {
		this.tokens = tokens;
		this.today = today;
	}

	@GetMapping("/account/tokens")
	String list(@AuthenticationPrincipal PlanUser user, Model model) {
		TokenForm form = new TokenForm();
		form.setValidUntil(this.today.date().plusDays(DEFAULT_DAYS));
		return page(user, form, model);
	}

	@PostMapping("/account/tokens")
	String create(@AuthenticationPrincipal PlanUser user, @ModelAttribute("tokenForm") TokenForm form,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (binding.hasErrors()) {
			// a date or scope that is not one: the same message as an empty one
			binding.reject(binding.hasFieldErrors("scope") ? "tokens.error.scopeRequired" : "tokens.error.expiryRange");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(user, form, model);
		}
		try {
			ApiTokens.NewToken created = this.tokens.create(user, form.getName(), form.getScope(), form.getValidUntil(),
					form.getCode(), request.getRemoteAddr());
			// the secret is on this answer only: no cache, no redirect through the
			// session
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("created", created);
			TokenForm fresh = new TokenForm();
			fresh.setValidUntil(this.today.date().plusDays(DEFAULT_DAYS));
			return page(user, fresh, model);
		}
		catch (TokenRefusedException ex) {
			binding.reject(ex.getCode(), ex.getCode());
			form.setCode(null);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(user, form, model);
		}
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal PlanUser user, @PathVariable long id, HttpServletRequest request,
			RedirectAttributes redirect) {
		this.tokens.revoke(user, id, request.getRemoteAddr());
		redirect.addFlashAttribute("success", "tokens.flash.revoked");
		return "redirect:/account/tokens";
	}

	private String page(PlanUser user, TokenForm form, Model model) {
		model.addAttribute("tokenForm", form);
		model.addAttribute("tokens", this.tokens.of(user));
		model.addAttribute("now", this.today.now());
		model.addAttribute("latestExpiry", this.tokens.latestExpiry());
		model.addAttribute("needsCode", user.secondFactorEnrolled());
		return "account/tokens";
	}

}
