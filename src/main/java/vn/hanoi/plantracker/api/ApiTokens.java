package vn.hanoi.plantracker.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.audit.SecurityEventKind;
import vn.hanoi.plantracker.audit.SecurityEvents;
import vn.hanoi.plantracker.system.InputRules;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.SecondFactor;
import vn.hanoi.plantracker.user.UserAccounts;

/**
 * Personal access tokens: made by a user for a machine, shown once, kept only as the
 * SHA-256 of a 32-byte random secret, revocable, each use noted (when, from where), every
 * creation and revocation in the security log. A token acts as its owner as the owner is
 * now: role and agency are read from the account on every request, and a disabled
 * account's tokens stop working at once.
 */
@Service
public class ApiTokens {

	/** What every token starts with, so that a leaked one is easy to recognise. */
	static final String PREFIX = "pt_";

	static final int MAX_NAME = 100;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final SecurityEvents events;

	private final SecondFactor secondFactor;

	private final UserAccounts accounts;

	private final Today today;

	ApiTokens(JdbcClient jdbc, SecurityEvents events, SecondFactor secondFactor, UserAccounts accounts, Today today) {
		this.jdbc = jdbc;
		this.events = events;
		this.secondFactor = secondFactor;
		this.accounts = accounts;
		this.today = today;
	}

	/** A token just made: the secret is in this object only, never stored. */
	public record NewToken(ApiToken token, String secret) {

	}

	/** A request authenticated by a token: which token, what it may do, as whom. */
	public record TokenUse(long tokenId, TokenScope scope, PlanUser owner) {

	}

	/** The latest day a token made today may be valid until: one year ahead. */
	public LocalDate latestExpiry() {
		return this.today.date().plusYears(1);
	}

	/**
	 * Makes a token for the user. An account with a second factor confirms a fresh code
	 * first: a stolen session alone cannot mint a long-lived credential.
	 */
	@Transactional(noRollbackFor = TokenRefusedException.class)
	public NewToken create(PlanUser user, String name, TokenScope scope, LocalDate validUntil, String code,
			String clientAddress) {
		String cleanName = (name == null) ? "" : name.strip();
		if (cleanName.isEmpty()) {
			throw new TokenRefusedException("tokens.error.nameRequired");
		}
		if (cleanName.length() > MAX_NAME || InputRules.hasControlCharacters(cleanName)) {
			throw new TokenRefusedException("tokens.error.nameSize");
		}
		if (scope == null) {
			throw new TokenRefusedException("tokens.error.scopeRequired");
		}
		LocalDate day = this.today.date();
		if (validUntil == null || !validUntil.isAfter(day) || validUntil.isAfter(latestExpiry())) {
			throw new TokenRefusedException("tokens.error.expiryRange");
		}
		if (user.secondFactorEnrolled() && !this.secondFactor.verify(user, code, clientAddress)) {
			throw new TokenRefusedException("tokens.error.secondFactor");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		String hint = secret.substring(secret.length() - 4);
		Instant now = this.today.now();
		// valid to the end of the chosen day in Hanoi
		Instant expires = validUntil.plusDays(1).atStartOfDay(Today.ZONE).toInstant();
		long id = this.jdbc.sql("""
				insert into api_token (user_id, name, scope, token_hash, hint, created_at, expires_at)
				values (:user, :name, :scope, :hash, :hint, :now, :expires) returning id""")
			.param("user", user.getId())
			.param("name", cleanName)
			.param("scope", scope.name())
			.param("hash", hash(secret))
			.param("hint", hint)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expires))
			.query(Long.class)
			.single();
		this.events.record(SecurityEventKind.API_TOKEN_CREATED, user.getUsername(), user.getUsername(), clientAddress,
				"token " + id + " \"" + cleanName + "\" " + scope + " until " + validUntil);
		return new NewToken(new ApiToken(id, cleanName, scope, hint, now, expires, null, null, null), secret);
	}

	/** The user's own tokens, newest first. */
	@Transactional(readOnly = true)
	public List<ApiToken> of(PlanUser user) {
		return this.jdbc.sql("""
				select id, name, scope, hint, created_at, expires_at, revoked_at, last_used_at, last_used_address
				from api_token where user_id = :user order by created_at desc, id desc""")
			.param("user", user.getId())
			.query(ApiTokens::token)
			.list();
	}

	/**
	 * Revokes one of the user's own tokens; another user's token is answered like one
	 * that does not exist.
	 */
	@Transactional
	public void revoke(PlanUser user, long tokenId, String clientAddress) {
		ApiToken token = this.jdbc.sql("""
				select id, name, scope, hint, created_at, expires_at, revoked_at, last_used_at, last_used_address
				from api_token where id = :id and user_id = :user for update""")
			.param("id", tokenId)
			.param("user", user.getId())
			.query(ApiTokens::token)
			.optional()
			.orElseThrow(() -> new TokenNotFoundException(tokenId));
		if (token.revoked()) {
			return;
		}
		this.jdbc.sql("update api_token set revoked_at = :now where id = :id")
			.param("now", Timestamp.from(this.today.now()))
			.param("id", tokenId)
			.update();
		this.events.record(SecurityEventKind.API_TOKEN_REVOKED, user.getUsername(), user.getUsername(), clientAddress,
				"token " + tokenId + " \"" + token.name() + "\"");
	}

	/**
	 * The token's use when the secret names a token that is neither revoked nor expired
	 * and whose owner is still enabled; the use is noted (at most once a minute per
	 * address).
	 */
	@Transactional
	public Optional<TokenUse> authenticate(String secret, String clientAddress) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
			return Optional.empty();
		}
		Timestamp now = Timestamp.from(this.today.now());
		record Row(long id, long userId, TokenScope scope) {
		}
		Optional<Row> row = this.jdbc.sql("""
				select id, user_id, scope from api_token
				where token_hash = :hash and revoked_at is null and expires_at > :now""")
			.param("hash", hash(secret))
			.param("now", now)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), TokenScope.valueOf(rs.getString(3))))
			.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		Optional<PlanUser> owner = this.accounts.activePrincipal(row.get().userId());
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		this.jdbc.sql("""
				update api_token set last_used_at = :now, last_used_address = :address
				where id = :id and (last_used_at is null or last_used_at < :minuteAgo
				                    or last_used_address is distinct from cast(:address as varchar))""")
			.param("now", now)
			.param("minuteAgo", Timestamp.from(now.toInstant().minusSeconds(60)))
			.param("address",
					(clientAddress == null) ? null : clientAddress.substring(0, Math.min(64, clientAddress.length())))
			.param("id", row.get().id())
			.update();
		return Optional.of(new TokenUse(row.get().id(), row.get().scope(), owner.get()));
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ApiToken token(ResultSet rs, int n) throws SQLException {
		return new ApiToken(rs.getLong("id"), rs.getString("name"), TokenScope.valueOf(rs.getString("scope")),
				rs.getString("hint"), instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "revoked_at"),
				instant(rs, "last_used_at"), rs.getString("last_used_address"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
