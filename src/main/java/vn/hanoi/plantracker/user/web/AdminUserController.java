package vn.hanoi.plantracker.user.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hanoi.plantracker.user.UserAccounts;
import vn.hanoi.plantracker.system.access.AdminOnly;

@Controller
@AdminOnly
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
