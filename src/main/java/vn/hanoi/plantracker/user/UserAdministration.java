package vn.hanoi.plantracker.user;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyNotFoundException;
import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.audit.SecurityEventKind;
import vn.hanoi.plantracker.audit.SecurityEvents;
import vn.hanoi.plantracker.system.Today;

/**
 * The administrator creates officers, resets passwords and deactivates accounts. Accounts
 * are never deleted: their names stay on the history they wrote.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

	private final UserAccountRepository users;

	private final AgencyRepository agencies;

	private final PasswordEncoder passwordEncoder;

	private final Today today;

	private final SignInThrottle throttle;

	private final SecurityEvents events;

	private final PasswordPolicy passwords;

	UserAdministration(UserAccountRepository users, AgencyRepository agencies, PasswordEncoder passwordEncoder,
			Today today, SignInThrottle throttle, SecurityEvents events, PasswordPolicy passwords) {
		this.passwords = passwords;
		this.users = users;
		this.agencies = agencies;
		this.passwordEncoder = passwordEncoder;
		this.today = today;
		this.throttle = throttle;
		this.events = events;
	}

	/** Until when the account is locked after failed sign-ins, if it is now. */
	@Transactional(readOnly = true)
	public java.util.Optional<java.time.Instant> lockedUntil(long userId) {
		return this.throttle.lockedUntil(find(userId).getUsername());
	}

	/** Lifts a sign-in lock before its time; recorded with who did it. */
	public void unlock(PlanUser admin, long userId, String clientAddress) {
		UserAccount account = find(userId);
		if (this.throttle.unlock(account.getUsername())) {
			this.events.record(SecurityEventKind.ACCOUNT_UNLOCKED, account.getUsername(), admin.getUsername(),
					clientAddress, null);
		}
	}

	@Transactional(readOnly = true)
	public UserAccount find(long userId) {
		return this.users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
	}

	public long createOfficer(String username, String fullName, String email, long agencyId, String password) {
		String name = username.strip().toLowerCase(Locale.ROOT);
		if (this.users.existsByUsernameIgnoreCase(name)) {
			throw new UserEditException("admin.userEdit.usernameTaken");
		}
		Agency agency = this.agencies.findById(agencyId).orElseThrow(() -> new AgencyNotFoundException(agencyId));
		if (agency.getActiveUntil() != null && agency.getActiveUntil().isBefore(this.today.date())) {
			throw new UserEditException("admin.userEdit.agencyEnded");
		}
		this.passwords.require(password, name, fullName);
		UserAccount account = new UserAccount(name, this.passwordEncoder.encode(password), fullName.strip(),
				Role.OFFICER, agency, this.today.now());
		account.setEmail((email == null || email.isBlank()) ? null : email.strip());
		return this.users.save(account).getId();
	}

	/** A new password chosen by the administrator; the user's open sessions end. */
	public void resetPassword(PlanUser admin, long userId, long version, String password, String clientAddress) {
		UserAccount account = load(userId, version);
		this.passwords.require(password, account.getUsername(), account.getFullName());
		account.changePasswordHash(this.passwordEncoder.encode(password));
		this.events.record(SecurityEventKind.PASSWORD_RESET, account.getUsername(), admin.getUsername(), clientAddress,
				null);
	}

	public void deactivate(PlanUser admin, long userId, long version) {
		if (admin.getId() == userId) {
			throw new UserEditException("admin.userEdit.notYourself");
		}
		load(userId, version).deactivate();
	}

	private UserAccount load(long userId, long version) {
		UserAccount account = find(userId);
		if (account.getVersion() != version) {
			throw new UserEditException("admin.userEdit.stale");
		}
		return account;
	}

}
