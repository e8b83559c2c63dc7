package vn.hanoi.plantracker.system;

/**
 * What every page request checks of the signed-in account: that it still exists and is
 * enabled, and that its password, role and agency are the ones the session signed in with
 * ({@link CredentialStamped}). One light lookup, without loading the account.
 */
public interface AccountStatus {

	/** The account's state now, or null when there is no such account. */
	State of(String username);

	/**
	 * {@code mustChangePassword}: the password was set by an administrator (or at the
	 * first start) and its user has not chosen their own yet.
	 */
	record State(boolean enabled, String credentialStamp, boolean mustChangePassword) {

		public State(boolean enabled, String credentialStamp) {
			this(enabled, credentialStamp, false);
		}

	}

}
