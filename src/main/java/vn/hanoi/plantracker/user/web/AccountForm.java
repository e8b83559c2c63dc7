package vn.hanoi.plantracker.user.web;

/** Resetting a password or deactivating: the version seen, and the new password. */
class AccountForm extends ProvenAccountForm {

	private String password;

	/** Why the account is deactivated or reactivated; kept in the security log. */
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	@Override
	void forgetSecrets() {
		super.forgetSecrets();
		this.password = null;
	}

}
