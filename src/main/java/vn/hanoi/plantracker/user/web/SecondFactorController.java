package vn.hanoi.plantracker.user.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.QrCodeSvg;
import vn.hanoi.plantracker.user.SecondFactor;
import vn.hanoi.plantracker.user.UserEditException;
import vn.hanoi.plantracker.system.access.SignedIn;

/**
 * The second step of signing in (a code from the authenticator app, or a recovery code)
 * and setting the factor up: a QR code drawn by the application, confirmed by a first
 * code, then ten recovery codes shown once.
 */
@Controller
@SignedIn
class SecondFactorController {

	private static final String PENDING_SECRET = SecondFactorController.class.getName() + ".secret";

	private final SecondFactor secondFactor;

	private final UserDetailsService users;

	SecondFactorController(SecondFactor secondFactor, UserDetailsService users) {
		this.secondFactor = secondFactor;
		this.users = users;
	}

	@GetMapping("/login/second-factor")
	String codePage(@AuthenticationPrincipal PlanUser user) {
		return user.secondFactorEnrolled() ? "account/second-factor" : "redirect:/account/two-factor";
	}

	@PostMapping("/login/second-factor")
	String verify(@AuthenticationPrincipal PlanUser user, @RequestParam(required = false) String code,
			HttpServletRequest request, HttpServletResponse response) {
		if (this.secondFactor.verify(user, code, request.getRemoteAddr())) {
			SignedInSession.replace(user, true, request, response);
			return "redirect:/";
		}
		return "redirect:/login/second-factor?error";
	}

	@GetMapping("/account/two-factor")
	String setup(@AuthenticationPrincipal PlanUser user, HttpSession session, Model model) {
		if (user.secondFactorEnrolled()) {
			model.addAttribute("recoveryLeft", this.secondFactor.recoveryCodesLeft(user.getId()));
			return "account/two-factor-status";
		}
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			secret = this.secondFactor.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		return renderSetup(user, secret, model);
	}

	@PostMapping("/account/two-factor")
	String confirm(@AuthenticationPrincipal PlanUser user, @RequestParam(required = false) String code,
			HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null || user.secondFactorEnrolled()) {
			return "redirect:/account/two-factor";
		}
		try {
			List<String> recovery = this.secondFactor.enrol(user, secret, code, request.getRemoteAddr());
			session.removeAttribute(PENDING_SECRET);
			PlanUser enrolled = (PlanUser) this.users.loadUserByUsername(user.getUsername());
			enrolled.eraseCredentials();
			// the code just typed proves the factor for this session too
			SignedInSession.replace(enrolled, true, request, response);
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("recoveryCodes", recovery);
			return "account/recovery-codes";
		}
		catch (UserEditException ex) {
			model.addAttribute("codeError", ex.getCode());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return renderSetup(user, secret, model);
		}
	}

	private String renderSetup(PlanUser user, String secret, Model model) {
		model.addAttribute("qrSvg", QrCodeSvg.of(this.secondFactor.otpauthUri(secret, user.getUsername())));
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		return "account/two-factor-setup";
	}

}
