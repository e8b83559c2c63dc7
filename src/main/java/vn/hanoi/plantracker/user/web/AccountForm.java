package vn.hanoi.plantracker.user.web;

import jakarta.validation.constraints.NotNull;

/** Resetting a password or deactivating: the version seen, and the new password. */
public class AccountForm {

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

}
