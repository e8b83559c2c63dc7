package vn.hanoi.plantracker.user.web;

import jakarta.validation.constraints.NotNull;

/** Resetting a password or deactivating: the version seen, and the new password. */
class AccountForm implements ProvenByAdministrator {

	@NotNull
	private Long version;

	private String password;

	/** Why the account is deactivated or reactivated; kept in the security log. */
	private String reason;

	/** The administrator's own password, to prove it is them (never shown again). */
	private String currentPassword;

	/** The administrator's own second-factor code, when they have one. */
	private String code;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
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

	/** The new password too is never sent back. */
	@Override
	public void forgetSecrets() {
		ProvenByAdministrator.super.forgetSecrets();
		this.password = null;
	}

}
