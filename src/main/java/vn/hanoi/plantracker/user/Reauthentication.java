package vn.hanoi.plantracker.user;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.audit.SecurityEventKind;
import vn.hanoi.plantracker.audit.SecurityEvents;

/**
 * A signed-in user proves again who they are before a sensitive change (ASVS 7.5.1):
 * their own password, and a code from their second factor when they have one. A wrong
 * password counts towards the account's sign-in lock like a wrong sign-in (a stolen
 * session cannot guess the password here faster than at the sign-in page), and every
 * refusal is a security event.
 */
@Service
public class Reauthentication {

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final SecondFactor secondFactor;

	private final SignInThrottle throttle;

	private final SecurityEvents events;

	Reauthentication(UserAccountRepository users, PasswordEncoder encoder, SecondFactor secondFactor,
			SignInThrottle throttle, SecurityEvents events) {
		this.users = users;
		this.encoder = encoder;
		this.secondFactor = secondFactor;
		this.throttle = throttle;
		this.events = events;
	}

	/** What the user typed to prove it is them: password, and code if they have one. */
	public record Proof(String password, String code) {
	}

	/** Whether the proof is right; a refusal is recorded (and committed) either way. */
	@Transactional
	public boolean confirms(PlanUser user, Proof proof, String clientAddress) {
		String username = user.getUsername();
		if (this.throttle.mustWait(username, clientAddress)) {
			this.events.record(SecurityEventKind.REAUTHENTICATION_FAILED, username, username, clientAddress,
					"throttled");
			return false;
		}
		UserAccount account = this.users.findWithAgencyByUsername(username)
			.orElseThrow(() -> new UserNotFoundException(user.getId()));
		String password = (proof != null) ? proof.password() : null;
		if (password == null || password.isEmpty() || !this.encoder.matches(password, account.getPasswordHash())) {
			this.throttle.failed(username, clientAddress);
			this.events.record(SecurityEventKind.REAUTHENTICATION_FAILED, username, username, clientAddress,
					"password wrong");
			return false;
		}
		if (account.isSecondFactorEnrolled() && !this.secondFactor.verify(user, proof.code(), clientAddress)) {
			this.events.record(SecurityEventKind.REAUTHENTICATION_FAILED, username, username, clientAddress,
					"second factor wrong");
			return false;
		}
		return true;
	}

	/**
	 * Refuses with {@link ReauthenticationRefused} unless the proof is right; callers
	 * keep the refusal's record by not rolling back for it.
	 */
	void require(PlanUser user, Proof proof, String clientAddress) {
		if (!confirms(user, proof, clientAddress)) {
			throw new ReauthenticationRefused();
		}
	}

	/** The proof was wrong; nothing was changed. */
	public static class ReauthenticationRefused extends UserEditException {

		ReauthenticationRefused() {
			super("reauth.failed");
		}

	}

}
