package vn.hanoi.plantracker.user;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.audit.SecurityEventKind;
import vn.hanoi.plantracker.audit.SecurityEvents;
import vn.hanoi.plantracker.system.Today;

/**
 * Counts failed sign-ins per account name and per client address in PostgreSQL, so that
 * every node sees the same counts: increasing delays, then a temporary lock. A name that
 * has no account is counted exactly like one that has, so the answers say nothing about
 * which names exist. Wrong second-factor codes have a count of their own per account,
 * with the same delays and lock: a correct password clears only the password's count, so
 * six sign-ins with the password do not give six fresh sets of guesses at the code; only
 * a correct code clears both.
 */
@Service
public class SignInThrottle {

	private final JdbcClient jdbc;

	private final SignInLimits limits;

	private final Today today;

	private final SecurityEvents events;

	SignInThrottle(JdbcClient jdbc, SignInLimits limits, Today today, SecurityEvents events) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.today = today;
		this.events = events;
	}

	/** Whether an attempt for this name from this address must wait (or is locked). */
	@Transactional(readOnly = true)
	public boolean mustWait(String username, String address) {
		Instant now = this.today.now();
		return blockedUntil(accountKey(username)).filter(now::isBefore).isPresent()
				|| blockedUntil(addressKey(address)).filter(now::isBefore).isPresent();
	}

	/**
	 * Whether a second-factor code for this name from this address must wait: the code's
	 * own count, the name's password count and the address.
	 */
	@Transactional(readOnly = true)
	public boolean secondFactorMustWait(String username, String address) {
		Instant now = this.today.now();
		return mustWait(username, address) || blockedUntil(secondFactorKey(username)).filter(now::isBefore).isPresent();
	}

	/**
	 * Whether this account is locked now, by passwords or by codes (shown to
	 * administrators).
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username) {
		Instant now = this.today.now();
		return this.jdbc.sql("""
				select max(blocked_until) from sign_in_throttle
				where throttle_key in (:keys) and locked and blocked_until is not null""")
			.param("keys", List.of(accountKey(username), secondFactorKey(username)))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(now::isBefore);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, String address) {
		if (count(accountKey(username), this.limits.account())) {
			this.events.record(SecurityEventKind.ACCOUNT_LOCKED, username, null, address,
					"locked for " + this.limits.account().lockFor());
		}
		if (count(addressKey(address), this.limits.address())) {
			this.events.record(SecurityEventKind.ADDRESS_LOCKED, username, null, address,
					"address locked for " + this.limits.address().lockFor());
		}
	}

	/** A wrong second-factor code: counted apart from passwords, and for the address. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void secondFactorFailed(String username, String address) {
		if (count(secondFactorKey(username), this.limits.account())) {
			this.events.record(SecurityEventKind.ACCOUNT_LOCKED, username, null, address,
					"second factor locked for " + this.limits.account().lockFor());
		}
		if (count(addressKey(address), this.limits.address())) {
			this.events.record(SecurityEventKind.ADDRESS_LOCKED, username, null, address,
					"address locked for " + this.limits.address().lockFor());
		}
	}

	/**
	 * A correct second factor clears both of the account's counts (not the address's).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void secondFactorSucceeded(String username) {
		this.jdbc.sql("delete from sign_in_throttle where throttle_key in (:keys)")
			.param("keys", List.of(accountKey(username), secondFactorKey(username)))
			.update();
	}

	/**
	 * A correct password clears the password's count only: not the second factor's, not
	 * the address's.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		this.jdbc.sql("delete from sign_in_throttle where throttle_key = :key")
			.param("key", accountKey(username))
			.update();
	}

	/** An administrator lifts a lock (by passwords or codes) before its time. */
	@Transactional
	public boolean unlock(String username) {
		return this.jdbc.sql("delete from sign_in_throttle where throttle_key in (:keys)")
			.param("keys", List.of(accountKey(username), secondFactorKey(username)))
			.update() > 0;
	}

	/** Counts one failure under the row lock; true when this failure locks the key. */
	private boolean count(String key, SignInLimits.Limit limit) {
		Instant now = this.today.now();
		this.jdbc.sql("insert into sign_in_throttle (throttle_key) values (:key) on conflict do nothing")
			.param("key", key)
			.update();
		Map<String, Object> row = this.jdbc
			.sql("select failures, window_started_at from sign_in_throttle where throttle_key = :key for update")
			.param("key", key)
			.query()
			.singleRow();
		Timestamp started = (Timestamp) row.get("window_started_at");
		boolean fresh = started == null || !now.isBefore(started.toInstant().plus(limit.window()));
		int failures = fresh ? 1 : ((Number) row.get("failures")).intValue() + 1;
		Instant windowStart = fresh ? now : started.toInstant();
		boolean lock = failures >= limit.lockAt();
		Duration wait = lock ? limit.lockFor() : limit.delayAfter(failures);
		// after a lock the count starts again, so the lock is not renewed by every
		// attempt
		this.jdbc.sql("""
				update sign_in_throttle set failures = :failures, window_started_at = :start, last_failure_at = :now,
				       blocked_until = :until, locked = :locked
				where throttle_key = :key""")
			.param("failures", lock ? 0 : failures)
			.param("start", lock ? null : Timestamp.from(windowStart))
			.param("now", Timestamp.from(now))
			.param("until", wait.isZero() ? null : Timestamp.from(now.plus(wait)))
			.param("locked", lock)
			.param("key", key)
			.update();
		return lock;
	}

	private Optional<Instant> blockedUntil(String key) {
		return this.jdbc
			.sql("select blocked_until from sign_in_throttle where throttle_key = :key and blocked_until is not null")
			.param("key", key)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	static String accountKey(String username) {
		String name = (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
		name = (name.length() > 200) ? name.substring(0, 200) : name;
		// a name with NUL or another control character is counted under a key the
		// database can store
		return "account:" + name.codePoints()
			.map((cp) -> Character.isISOControl(cp) ? '?' : cp)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
	}

	static String secondFactorKey(String username) {
		return "second-factor:" + accountKey(username).substring("account:".length());
	}

	static String addressKey(String address) {
		return "address:" + ((address == null) ? "unknown" : address);
	}

}
