package vn.hanoi.plantracker.user.web;

import jakarta.validation.constraints.NotNull;

/** Resetting a password or deactivating: the version seen, and the new password. */
public class AccountForm {

	@NotNull
	private Long version;

	private String password;

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
