package vn.hanoi.plantracker.system;

/**
 * A signed-in principal that remembers which password it signed in with (a stamp derived
 * from the stored hash, never the hash itself). When the password changes or is reset,
 * the stored stamp no longer matches and every other open session of the account ends at
 * its next request, on whichever node it lives.
 */
public interface CredentialStamped {

	String credentialStamp();

}
