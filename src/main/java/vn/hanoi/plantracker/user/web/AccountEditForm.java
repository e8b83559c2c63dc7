package vn.hanoi.plantracker.user.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.user.AccountChange;
import vn.hanoi.plantracker.user.Role;

/** The administrator's change of name, email, role or agency, with the reason. */
class AccountEditForm extends ProvenAccountForm {

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

	@NotBlank(message = "{admin.userEdit.reasonRequired}")
	@Size(max = 500, message = "{admin.userEdit.reasonRequired}")
	private String reason;

	AccountChange toCommand() {
		return new AccountChange(this.fullName, this.email, this.role, this.agencyId, this.reason);
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

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
