package vn.hanoi.plantracker.user.web;

import vn.hanoi.plantracker.user.Reauthentication;

/**
 * A sensitive change to an account ({@link AccountForm}, {@link AccountEditForm}) that
 * the administrator proves with their own password and second-factor code, posted as
 * {@code currentPassword} and {@code code}.
 */
interface ProvenByAdministrator {

	String getCurrentPassword();

	void setCurrentPassword(String currentPassword);

	String getCode();

	void setCode(String code);

	default Reauthentication.Proof proof() {
		return new Reauthentication.Proof(getCurrentPassword(), getCode());
	}

	/** What is never sent back to the browser. */
	default void forgetSecrets() {
		setCurrentPassword(null);
		setCode(null);
	}

}
