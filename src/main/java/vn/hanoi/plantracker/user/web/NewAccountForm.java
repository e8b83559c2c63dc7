package vn.hanoi.plantracker.user.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.user.NewAccount;
import vn.hanoi.plantracker.user.Role;

/** A new account of any role for an agency (an officer unless another role is chosen). */
class NewAccountForm {

	@NotBlank(message = "{admin.userEdit.usernameRequired}")
	@Pattern(regexp = "[A-Za-z0-9._-]{0,60}", message = "{admin.userEdit.usernameFormat}")
	private String username;

	@NotBlank(message = "{admin.userEdit.fullNameRequired}")
	@Size(max = 200, message = "{admin.userEdit.fullNameRequired}")
	private String fullName;

	@Email(message = "{admin.userEdit.emailFormat}")
	@Size(max = 200, message = "{admin.userEdit.emailFormat}")
	private String email;

	@NotNull(message = "{admin.userEdit.agencyRequired}")
	private Long agencyId;

	private String password;

	@NotNull(message = "{admin.userEdit.roleRequired}")
	private Role role = Role.OFFICER;

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	NewAccount toCommand() {
		return new NewAccount(this.username, this.fullName, this.email, this.role, this.agencyId, this.password);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
