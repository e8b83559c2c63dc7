package vn.hanoi.plantracker.user;

import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyNotFoundException;
import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.audit.SecurityEventKind;
import vn.hanoi.plantracker.audit.SecurityEvents;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.access.AdminOnly;

/**
 * The administrator creates and edits accounts of every role, resets passwords,
 * deactivates and reactivates accounts; each change is a security event naming who made
 * it and why. Accounts are never deleted: their names stay on the history they wrote. A
 * password reset, a change of role or agency and a deactivation need the administrator's
 * own password (and code) again ({@link Reauthentication}); its refusal is kept while the
 * change is not. A password the administrator sets, at creation or reset, is replaced by
 * its user at the next sign-in.
 */
@Service
@Transactional
@AdminOnly
public class UserAdministration {

	/** Leaders belong to the Office of the City People's Committee. */
	public static final String LEADER_AGENCY = "VPUBND";

	private final UserAccountRepository users;

	private final AgencyRepository agencies;

	private final PasswordEncoder passwordEncoder;

	private final Today today;

	private final SignInThrottle throttle;

	private final SecurityEvents events;

	private final PasswordPolicy passwords;

	private final Reauthentication reauthentication;

	UserAdministration(UserAccountRepository users, AgencyRepository agencies, PasswordEncoder passwordEncoder,
			Today today, SignInThrottle throttle, SecurityEvents events, PasswordPolicy passwords,
			Reauthentication reauthentication) {
		this.passwords = passwords;
		this.reauthentication = reauthentication;
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

	/**
	 * A new account of any role. Leaders belong to the Office of the People's Committee
	 * (coordinators to any agency: a plan's coordinators are its standing body's); the
	 * account's agency must be active.
	 */
	public long createAccount(PlanUser admin, NewAccount command, String clientAddress) {
		String name = command.username().strip().toLowerCase(Locale.ROOT);
		if (this.users.existsByUsernameIgnoreCase(name)) {
			throw new UserEditException("admin.userEdit.usernameTaken");
		}
		Agency agency = activeAgency(command.agencyId());
		requireAgencyFits(command.role(), agency);
		this.passwords.require(command.password(), name, command.fullName());
		UserAccount account = new UserAccount(name, this.passwordEncoder.encode(command.password()),
				command.fullName().strip(), command.role(), agency, this.today.now());
		account.setEmail(blankToNull(command.email()));
		account.requirePasswordChange();
		long id = this.users.save(account).getId();
		this.events.record(SecurityEventKind.ACCOUNT_CREATED, name, admin.getUsername(), clientAddress,
				"role " + command.role() + ", agency " + agency.getCode());
		return id;
	}

	/**
	 * Changes name, email, role or agency, with the reason; a change of role or agency
	 * ends the account's open sessions (they carry the old role).
	 */
	@Transactional(noRollbackFor = Reauthentication.ReauthenticationRefused.class)
	public void edit(PlanUser admin, long userId, long version, AccountChange change, Reauthentication.Proof proof,
			String clientAddress) {
		requireReason(change.reason());
		UserAccount account = load(userId, version);
		if (admin.getId() == userId && change.role() != account.getRole()) {
			throw new UserEditException("admin.userEdit.notYourRole");
		}
		Agency agency = (account.getAgency().getId().equals(change.agencyId())) ? account.getAgency()
				: activeAgency(change.agencyId());
		requireAgencyFits(change.role(), agency);
		if (change.role() != account.getRole() || !agency.getId().equals(account.getAgency().getId())) {
			this.reauthentication.require(admin, proof, clientAddress);
		}
		StringBuilder what = new StringBuilder();
		if (change.role() != account.getRole()) {
			what.append("role ").append(account.getRole()).append(" -> ").append(change.role()).append("; ");
		}
		if (!agency.getId().equals(account.getAgency().getId())) {
			what.append("agency ")
				.append(account.getAgency().getCode())
				.append(" -> ")
				.append(agency.getCode())
				.append("; ");
		}
		if (!change.fullName().strip().equals(account.getFullName())) {
			what.append("name; ");
		}
		if (!java.util.Objects.equals(blankToNull(change.email()), account.getEmail())) {
			what.append("email; ");
		}
		account.change(change.fullName().strip(), blankToNull(change.email()), change.role(), agency);
		this.events.record(SecurityEventKind.ACCOUNT_CHANGED, account.getUsername(), admin.getUsername(), clientAddress,
				what + "reason: " + change.reason().strip());
	}

	private Agency activeAgency(long agencyId) {
		Agency agency = this.agencies.findById(agencyId).orElseThrow(() -> new AgencyNotFoundException(agencyId));
		if (agency.getActiveUntil() != null && agency.getActiveUntil().isBefore(this.today.date())) {
			throw new UserEditException("admin.userEdit.agencyEnded");
		}
		return agency;
	}

	private static void requireAgencyFits(Role role, Agency agency) {
		if (role == Role.LEADER && !LEADER_AGENCY.equals(agency.getCode())) {
			throw new UserEditException("admin.userEdit.leaderAgency");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** A new password chosen by the administrator; the user's open sessions end. */
	@Transactional(noRollbackFor = Reauthentication.ReauthenticationRefused.class)
	public void resetPassword(PlanUser admin, long userId, long version, String password, Reauthentication.Proof proof,
			String clientAddress) {
		UserAccount account = load(userId, version);
		this.passwords.require(password, account.getUsername(), account.getFullName());
		this.reauthentication.require(admin, proof, clientAddress);
		account.changePasswordHash(this.passwordEncoder.encode(password));
		account.requirePasswordChange();
		this.events.record(SecurityEventKind.PASSWORD_RESET, account.getUsername(), admin.getUsername(), clientAddress,
				null);
	}

	@Transactional(noRollbackFor = Reauthentication.ReauthenticationRefused.class)
	public void deactivate(PlanUser admin, long userId, long version, String reason, Reauthentication.Proof proof,
			String clientAddress) {
		if (admin.getId() == userId) {
			throw new UserEditException("admin.userEdit.notYourself");
		}
		requireReason(reason);
		UserAccount account = load(userId, version);
		this.reauthentication.require(admin, proof, clientAddress);
		account.deactivate();
		this.events.record(SecurityEventKind.ACCOUNT_DEACTIVATED, account.getUsername(), admin.getUsername(),
				clientAddress, "reason: " + reason.strip());
	}

	public void reactivate(PlanUser admin, long userId, long version, String reason, String clientAddress) {
		requireReason(reason);
		UserAccount account = load(userId, version);
		if (account.getAgency().getActiveUntil() != null
				&& account.getAgency().getActiveUntil().isBefore(this.today.date())) {
			throw new UserEditException("admin.userEdit.agencyEnded");
		}
		account.reactivate();
		this.events.record(SecurityEventKind.ACCOUNT_REACTIVATED, account.getUsername(), admin.getUsername(),
				clientAddress, "reason: " + reason.strip());
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new UserEditException("admin.userEdit.reasonRequired");
		}
	}

	private UserAccount load(long userId, long version) {
		UserAccount account = find(userId);
		if (account.getVersion() != version) {
			throw new UserEditException("admin.userEdit.stale");
		}
		return account;
	}

}
