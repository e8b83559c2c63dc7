package vn.hanoi.plantracker.user.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hanoi.plantracker.user.UserAccounts;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminUserController {

	private final UserAccounts accounts;

	AdminUserController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", this.accounts.listWithAgency());
		return "admin/users";
	}

}
