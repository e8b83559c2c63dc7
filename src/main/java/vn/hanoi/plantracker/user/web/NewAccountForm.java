package vn.hanoi.plantracker.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import vn.hanoi.plantracker.user.NewAccount;
import vn.hanoi.plantracker.user.Role;

/** A new account of any role for an agency (an officer unless another role is chosen). */
class NewAccountForm extends AccountProfileFields {

	@NotBlank(message = "{admin.userEdit.usernameRequired}")
	@Pattern(regexp = "[A-Za-z0-9._-]{0,60}", message = "{admin.userEdit.usernameFormat}")
	private String username;

	private String password;

	NewAccountForm() {
		setRole(Role.OFFICER);
	}

	NewAccount toCommand() {
		return new NewAccount(this.username, getFullName(), getEmail(), getRole(), getAgencyId(), this.password);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
