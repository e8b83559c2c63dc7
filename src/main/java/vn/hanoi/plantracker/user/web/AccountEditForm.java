package vn.hanoi.plantracker.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.user.AccountChange;

/** The administrator's change of name, email, role or agency, with the reason. */
class AccountEditForm extends AccountProfileFields implements ProvenByAdministrator {

	@NotNull
	private Long version;

	@NotBlank(message = "{admin.userEdit.reasonRequired}")
	@Size(max = 500, message = "{admin.userEdit.reasonRequired}")
	private String reason;

	/** The administrator's own password, to prove it is them (never shown again). */
	private String currentPassword;

	/** The administrator's own second-factor code, when they have one. */
	private String code;

	AccountChange toCommand() {
		return new AccountChange(getFullName(), getEmail(), getRole(), getAgencyId(), this.reason);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	@Override
	public String getCurrentPassword() {
		return this.currentPassword;
	}

	@Override
	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	@Override
	public String getCode() {
		return this.code;
	}

	@Override
	public void setCode(String code) {
		this.code = code;
	}

}
