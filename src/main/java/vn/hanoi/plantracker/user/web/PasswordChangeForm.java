package vn.hanoi.plantracker.user.web;

/** The user's own password change: the current one, the new one twice. */
class PasswordChangeForm {

	private String currentPassword;

	private String newPassword;

	private String confirmation;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

	/** Passwords are never shown again on a page. */
	void forget() {
		this.currentPassword = null;
		this.newPassword = null;
		this.confirmation = null;
	}

}
