package vn.hanoi.plantracker.api;

import java.time.Instant;

/**
 * One token as its owner's list shows it: never the secret, only the last characters that
 * tell two tokens apart.
 */
record ApiToken(long id, String name, TokenScope scope, String hint, Instant createdAt, Instant expiresAt,
		Instant revokedAt, Instant lastUsedAt, String lastUsedAddress) {

	/** Neither revoked nor expired at {@code now}. */
	public boolean activeAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	public boolean revoked() {
		return this.revokedAt != null;
	}

}
