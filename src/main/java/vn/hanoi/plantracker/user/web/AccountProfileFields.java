package vn.hanoi.plantracker.user.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.user.Role;

/**
 * An account's name, email, role and agency as the administrator's forms bind them, new
 * ({@link NewAccountForm}) or changed ({@link AccountEditForm}), with their rules.
 */
abstract class AccountProfileFields {

	@NotBlank(message = "{admin.userEdit.fullNameRequired}")
	@Size(max = 200, message = "{admin.userEdit.fullNameRequired}")
	private String fullName;

	@Email(message = "{admin.userEdit.emailFormat}")
	@Size(max = 200, message = "{admin.userEdit.emailFormat}")
	private String email;

	@NotNull(message = "{admin.userEdit.roleRequired}")
	private Role role;

	@NotNull(message = "{admin.userEdit.agencyRequired}")
	private Long agencyId;

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

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

}
