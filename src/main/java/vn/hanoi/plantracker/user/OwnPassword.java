package vn.hanoi.plantracker.user;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.audit.SecurityEventKind;
import vn.hanoi.plantracker.audit.SecurityEvents;

/**
 * Every user changes their own password, proving the current one first. The new hash
 * changes the account's credential stamp, so the user's other sessions end at their next
 * request; the session that made the change is given the new principal.
 */
@Service
public class OwnPassword {

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final SecurityEvents events;

	private final PlanUserDetailsService userDetails;

	OwnPassword(UserAccountRepository users, PasswordEncoder encoder, PasswordPolicy policy, SecurityEvents events,
			PlanUserDetailsService userDetails) {
		this.userDetails = userDetails;
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.events = events;
	}

	/** Whether the user's password was chosen by someone else and must be replaced. */
	@Transactional(readOnly = true)
	public boolean mustChange(PlanUser user) {
		return this.users.findById(user.getId()).map(UserAccount::isMustChangePassword).orElse(false);
	}

	/** Changes the password and returns the principal for the session that changed it. */
	@Transactional(noRollbackFor = UserEditException.class) // keeps the event of a
															// refused attempt
	public PlanUser change(PlanUser user, String currentPassword, String newPassword, String clientAddress) {
		UserAccount account = this.users.findWithAgencyByUsername(user.getUsername())
			.orElseThrow(() -> new UserNotFoundException(user.getId()));
		if (currentPassword == null || !this.encoder.matches(currentPassword, account.getPasswordHash())) {
			this.events.record(SecurityEventKind.PASSWORD_CHANGED, account.getUsername(), account.getUsername(),
					clientAddress, "refused: current password wrong");
			throw new UserEditException("password.currentWrong");
		}
		if (this.encoder.matches(newPassword, account.getPasswordHash())) {
			throw new UserEditException("password.sameAsBefore");
		}
		this.policy.require(newPassword, account.getUsername(), account.getFullName());
		account.changePasswordHash(this.encoder.encode(newPassword));
		this.events.record(SecurityEventKind.PASSWORD_CHANGED, account.getUsername(), account.getUsername(),
				clientAddress, null);
		this.users.flush();
		PlanUser changed = (PlanUser) this.userDetails.loadUserByUsername(account.getUsername());
		changed.eraseCredentials();
		return changed;
	}

}
