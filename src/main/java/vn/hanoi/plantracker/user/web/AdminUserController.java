package vn.hanoi.plantracker.user.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.plantracker.system.Pager;
import vn.hanoi.plantracker.user.UserAccount;
import vn.hanoi.plantracker.user.UserAccounts;
import vn.hanoi.plantracker.system.access.AdminOnly;

@Controller
@AdminOnly
class AdminUserController {

	private final UserAccounts accounts;

	AdminUserController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * Every account, or those whose username, name or agency contains {@code q},
	 * {@value Pager#PAGE_SIZE} a page.
	 */
	@GetMapping("/admin/users")
	String list(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		String term = (q == null) ? "" : q.strip().toLowerCase(Locale.ROOT);
		List<UserAccount> shown = this.accounts.listWithAgency()
			.stream()
			.filter((u) -> term.isEmpty() || matches(u, term))
			.toList();
		Pager<UserAccount> pager = Pager.of(shown, page);
		model.addAttribute("q", (q == null) ? "" : q.strip());
		model.addAttribute("pager", pager);
		model.addAttribute("users", pager.rows());
		return "admin/users";
	}

	private static boolean matches(UserAccount user, String term) {
		return user.getUsername().toLowerCase(Locale.ROOT).contains(term)
				|| user.getFullName().toLowerCase(Locale.ROOT).contains(term)
				|| user.getAgency().getNameVi().toLowerCase(Locale.ROOT).contains(term)
				|| user.getAgency().getNameEn().toLowerCase(Locale.ROOT).contains(term)
				|| user.getAgency().getCode().toLowerCase(Locale.ROOT).contains(term);
	}

}
