package vn.hanoi.plantracker.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.audit.SecurityEventKind;
import vn.hanoi.plantracker.audit.SecurityEvents;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.access.AdminOnly;

/**
 * The second factor: time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 seconds,
 * the defaults every authenticator app understands) and ten single-use recovery codes.
 * Codes are checked against the current, previous and next time step; a step once used is
 * refused afterwards. The secret is stored sealed ({@link TotpSecretSeal}). Wrong codes
 * at sign-in are throttled like wrong passwords but counted apart from them (see
 * {@link SignInThrottle}).
 */
@Service
public class SecondFactor {

	static final int RECOVERY_CODES = 10;

	private static final int PERIOD_SECONDS = 30;

	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	private final UserAccountRepository users;

	private final JdbcClient jdbc;

	private final Today today;

	private final SignInThrottle throttle;

	private final SecurityEvents events;

	private final TotpSecretSeal seal;

	SecondFactor(UserAccountRepository users, JdbcClient jdbc, Today today, SignInThrottle throttle,
			SecurityEvents events, TotpSecretSeal seal) {
		this.seal = seal;
		this.users = users;
		this.jdbc = jdbc;
		this.today = today;
		this.throttle = throttle;
		this.events = events;
	}

	/** A new random secret (160 bits, base32) for an enrolment not yet confirmed. */
	public String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	/** The otpauth:// address an authenticator app reads from the QR code. */
	public String otpauthUri(String secret, String username) {
		return new QrData.Builder().label(username)
			.secret(secret)
			.issuer("Plan Tracker")
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(PERIOD_SECONDS)
			.build()
			.getUri();
	}

	/**
	 * Confirms an enrolment with a code from the app; returns the ten recovery codes, to
	 * be shown once. Nothing is stored when the code is wrong.
	 */
	@Transactional
	public List<String> enrol(PlanUser user, String secret, String code, String clientAddress) {
		UserAccount account = load(user);
		if (account.isSecondFactorEnrolled()) {
			throw new UserEditException("twoFactor.alreadyEnrolled");
		}
		Long step = matchingStep(secret, code);
		if (step == null) {
			this.throttle.failed(user.getUsername(), clientAddress);
			throw new UserEditException("twoFactor.codeWrong");
		}
		account.enrolSecondFactor(this.seal.seal(secret, account.getId()), this.today.now(), step);
		List<String> recovery = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
		this.jdbc.sql("delete from recovery_code where user_id = ?").param(account.getId()).update();
		for (String recoveryCode : recovery) {
			this.jdbc.sql("insert into recovery_code (user_id, code_hash) values (?, ?)")
				.param(account.getId())
				.param(digest(recoveryCode))
				.update();
		}
		this.events.record(SecurityEventKind.SECOND_FACTOR_ENROLLED, account.getUsername(), account.getUsername(),
				clientAddress, null);
		return recovery;
	}

	/**
	 * Checks a code (or a recovery code) at sign-in. False for a wrong or reused code, or
	 * while the throttle says wait; every outcome is an event.
	 */
	@Transactional
	public boolean verify(PlanUser user, String code, String clientAddress) {
		String username = user.getUsername();
		if (this.throttle.secondFactorMustWait(username, clientAddress)) {
			this.events.record(SecurityEventKind.SIGN_IN_THROTTLED, username, null, clientAddress, "second factor");
			return false;
		}
		UserAccount account = load(user);
		boolean ok = false;
		String how = null;
		if (account.isSecondFactorEnrolled() && code != null) {
			String typed = code.replaceAll("\\s", "");
			Long step = typed.matches("\\d{6}")
					? matchingStep(this.seal.open(account.getTotpSecret(), account.getId()).orElse(null), typed) : null;
			if (step != null) {
				ok = account.useTotpStep(step);
			}
			else if (typed.length() >= 8 && typed.length() <= 40) {
				ok = useRecoveryCode(account.getId(), typed);
				how = ok ? "recovery code" : null;
			}
		}
		if (ok) {
			this.throttle.secondFactorSucceeded(username);
			this.events.record(
					(how != null) ? SecurityEventKind.RECOVERY_CODE_USED : SecurityEventKind.SECOND_FACTOR_SUCCEEDED,
					username, username, clientAddress, null);
		}
		else {
			this.throttle.secondFactorFailed(username, clientAddress);
			this.events.record(SecurityEventKind.SECOND_FACTOR_FAILED, username, null, clientAddress, null);
		}
		return ok;
	}

	@Transactional(readOnly = true)
	public long recoveryCodesLeft(long userId) {
		return this.jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null")
			.param(userId)
			.query(Long.class)
			.single();
	}

	/**
	 * The administrator removes a lost factor; the user sets up a new one at next
	 * sign-in.
	 */
	@Transactional
	@AdminOnly
	public void reset(PlanUser admin, long userId, String reason, String clientAddress) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
		account.resetSecondFactor();
		this.jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
		this.events.record(SecurityEventKind.SECOND_FACTOR_RESET, account.getUsername(), admin.getUsername(),
				clientAddress, reason);
	}

	/** Agencies whose officers must use a second factor. */
	@Transactional(readOnly = true)
	public java.util.Set<Long> agenciesRequiring() {
		return new java.util.HashSet<>(
				this.jdbc.sql("select agency_id from agency_second_factor").query(Long.class).list());
	}

	@Transactional
	@AdminOnly
	public void requireForAgency(PlanUser admin, long agencyId, boolean required, String clientAddress) {
		int changed = required
				? this.jdbc.sql("""
						insert into agency_second_factor (agency_id, required_at, required_by) values (?, ?, ?)
						on conflict do nothing""")
					.param(agencyId)
					.param(java.sql.Timestamp.from(this.today.now()))
					.param(admin.getUsername())
					.update()
				: this.jdbc.sql("delete from agency_second_factor where agency_id = ?").param(agencyId).update();
		if (changed > 0) {
			this.events.record(SecurityEventKind.ACCOUNT_CHANGED, null, admin.getUsername(), clientAddress,
					"second factor " + (required ? "required" : "no longer required") + " for officers of agency "
							+ agencyId);
		}
	}

	private boolean useRecoveryCode(long userId, String typed) {
		String normalised = typed.toLowerCase(Locale.ROOT);
		if (normalised.length() == 16 && !normalised.contains("-")) {
			normalised = String.join("-", normalised.substring(0, 4), normalised.substring(4, 8),
					normalised.substring(8, 12), normalised.substring(12));
		}
		return this.jdbc.sql(
				"update recovery_code set used_at = :now where user_id = :user and code_hash = :hash and used_at is null")
			.param("now", java.sql.Timestamp.from(this.today.now()))
			.param("user", userId)
			.param("hash", digest(normalised))
			.update() == 1;
	}

	/** The time step (previous, current or next) whose code this is, or null. */
	private Long matchingStep(String secret, String code) {
		if (secret == null || code == null || !code.strip().matches("\\d{6}")) {
			return null;
		}
		long current = this.today.now().getEpochSecond() / PERIOD_SECONDS;
		byte[] typed = code.strip().getBytes(StandardCharsets.US_ASCII);
		try {
			for (long step = current - 1; step <= current + 1; step++) {
				byte[] expected = this.codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
				if (MessageDigest.isEqual(expected, typed)) {
					return step;
				}
			}
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("TOTP code generation failed", ex);
		}
		return null;
	}

	private UserAccount load(PlanUser user) {
		return this.users.findById(user.getId()).orElseThrow(() -> new UserNotFoundException(user.getId()));
	}

	static String digest(String recoveryCode) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(recoveryCode.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
