package vn.hanoi.plantracker.user;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At every start: TOTP secrets still stored in clear (from before sealing) are sealed,
 * and those sealed with the old key ({@code PLANTRACKER_TOTP_OLD_KEY}) are sealed again
 * with the current one. A secret that neither key opens stops the start with a message
 * naming the setting: running on would lock its owner out at the next sign-in. Each row
 * is changed only if it still holds what was read, so nodes starting together agree.
 */
@Component
@Order(5)
class SealedTotpSecrets implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SealedTotpSecrets.class);

	private final JdbcClient jdbc;

	private final TotpSecretSeal seal;

	SealedTotpSecrets(JdbcClient jdbc, TotpSecretSeal seal) {
		this.jdbc = jdbc;
		this.seal = seal;
	}

	private record Stored(long id, String secret) {
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Stored> stored = this.jdbc.sql("select id, totp_secret from app_user where totp_secret is not null")
			.query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("totp_secret")))
			.list();
		int sealed = 0;
		int resealed = 0;
		for (Stored row : stored) {
			if (TotpSecretSeal.isSealed(row.secret()) && this.seal.opensWithCurrentKey(row.secret(), row.id())) {
				continue;
			}
			String clear = this.seal.open(row.secret(), row.id())
				.orElseThrow(() -> new IllegalStateException("The second-factor secret of account " + row.id()
						+ " cannot be opened with PLANTRACKER_TOTP_KEY"
						+ " (nor PLANTRACKER_TOTP_OLD_KEY): set the key "
						+ "it was sealed with (during a rotation, as PLANTRACKER_TOTP_OLD_KEY)"));
			int changed = this.jdbc
				.sql("update app_user set totp_secret = :sealed where id = :id and totp_secret = :old")
				.param("sealed", this.seal.seal(clear, row.id()))
				.param("id", row.id())
				.param("old", row.secret())
				.update();
			if (TotpSecretSeal.isSealed(row.secret())) {
				resealed += changed;
			}
			else {
				sealed += changed;
			}
		}
		if (sealed + resealed > 0) {
			log.info("Second-factor secrets: {} sealed, {} sealed again with the current key", sealed, resealed);
		}
	}

}
