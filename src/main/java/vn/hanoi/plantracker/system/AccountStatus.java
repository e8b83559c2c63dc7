package vn.hanoi.plantracker.system;

/**
 * What every page request checks of the signed-in account: that it still exists and is
 * enabled, and that its password, role and agency are the ones the session signed in with
 * ({@link CredentialStamped}). One light lookup, without loading the account.
 */
public interface AccountStatus {

	/** The account's state now, or null when there is no such account. */
	State of(String username);

	record State(boolean enabled, String credentialStamp) {
	}

}
