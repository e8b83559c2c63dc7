package vn.hanoi.plantracker.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hanoi.plantracker.system.access.Anyone;
import vn.hanoi.plantracker.system.access.SignedIn;

/**
 * The sign-in page, and {@code /}, which sends each role to its own home page.
 */
@Controller
class HomeController {

	@GetMapping("/")
	@SignedIn
	String home(Authentication authentication) {
		return "redirect:" + homeOf(authentication);
	}

	private final boolean demoProfile;

	HomeController(org.springframework.core.env.Environment environment) {
		this.demoProfile = environment.acceptsProfiles(org.springframework.core.env.Profiles.of("demo"));
	}

	@GetMapping("/login")
	@Anyone
	String login(Authentication authentication, org.springframework.ui.Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		model.addAttribute("demoProfile", this.demoProfile);
		return "login";
	}

	static String homeOf(Authentication authentication) {
		if (has(authentication, "ROLE_ADMIN")) {
			return "/admin/users";
		}
		if (has(authentication, "ROLE_OFFICER")) {
			return "/my/assignments";
		}
		if (has(authentication, "ROLE_COORDINATOR")) {
			return "/coordinator/overdue";
		}
		return "/reports/summary";
	}

	private static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch((a) -> authority.equals(a.getAuthority()));
	}

}
