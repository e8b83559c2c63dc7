package vn.hanoi.plantracker.user.web;

import jakarta.validation.constraints.NotNull;

import vn.hanoi.plantracker.user.Reauthentication;

/** Resetting a password or deactivating: the version seen, and the new password. */
class AccountForm {

	@NotNull
	private Long version;

	private String password;

	/** Why the account is deactivated or reactivated; kept in the security log. */
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

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

	/** The administrator's own password, to prove it is them (never shown again). */
	private String currentPassword;

	/** The administrator's own second-factor code, when they have one. */
	private String code;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	Reauthentication.Proof proof() {
		return new Reauthentication.Proof(this.currentPassword, this.code);
	}

	/** What is never sent back to the browser. */
	void forgetSecrets() {
		this.currentPassword = null;
		this.code = null;
	}

}
