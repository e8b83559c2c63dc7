package vn.hanoi.plantracker.user.web;

import jakarta.validation.constraints.NotNull;

import vn.hanoi.plantracker.user.Reauthentication;

/**
 * A sensitive change to an existing account ({@link AccountForm},
 * {@link AccountEditForm}): the version the administrator saw, and their own password and
 * second-factor code to prove it is them.
 */
abstract class ProvenAccountForm {

	@NotNull
	private Long version;

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

	final Reauthentication.Proof proof() {
		return new Reauthentication.Proof(this.currentPassword, this.code);
	}

	/** What is never sent back to the browser. */
	void forgetSecrets() {
		this.currentPassword = null;
		this.code = null;
	}

}
