package vn.hanoi.plantracker.user;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * TOTP secrets are stored sealed with a key from the environment: what the database holds
 * does not contain the secret, codes still work, secrets stored in clear before are
 * sealed at start, and a rotation re-seals with the new key what the old key sealed.
 */
@IntegrationTest
class TotpSecretsAtRestTests {

	private static final String KEY_B = key(2);

	@Autowired
	Fixtures fixtures;

	@Autowired
	SecondFactor secondFactor;

	@Autowired
	TotpSecretSeal seal;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.core.env.Environment environment;

	private Instant now;

	@BeforeEach
	void freezeTime() {
		this.now = this.clock.start().truncatedTo(ChronoUnit.MINUTES);
		this.clock.setInstant(this.now);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anEnrolledSecretIsStoredSealedAndCodesStillWork() throws Exception {
		PlanUser officer = this.fixtures.freshOfficer();
		String secret = this.secondFactor.newSecret();
		this.secondFactor.enrol(officer, secret, code(secret, 0), "10.22.9.1");
		String stored = storedSecret(officer.getId());
		assertThat(stored).startsWith("v1:").doesNotContain(secret);
		assertThat(this.seal.open(stored, officer.getId())).contains(secret);
		assertThat(this.seal.open(stored, officer.getId() + 1)).as("bound to its account").isEmpty();
		assertThat(this.secondFactor.verify(officer, code(secret, 30), "10.22.9.1")).isTrue();
	}

	@Test
	void aSecretStoredInClearBeforeIsSealedAtStart() throws Exception {
		PlanUser officer = this.fixtures.freshOfficer();
		String secret = this.secondFactor.newSecret();
		this.fixtures.jdbc()
			.sql("update app_user set totp_secret = ?, totp_enrolled_at = now() where id = ?")
			.param(secret)
			.param(officer.getId())
			.update();
		new SealedTotpSecrets(this.fixtures.jdbc(), this.seal).run(null);
		String stored = storedSecret(officer.getId());
		assertThat(stored).startsWith("v1:").doesNotContain(secret);
		PlanUser reloaded = (PlanUser) this.userDetails.loadUserByUsername(officer.getUsername());
		assertThat(this.secondFactor.verify(reloaded, code(secret, 0), "10.22.9.2")).isTrue();
	}

	@Test
	void aRotationReSealsWithTheNewKeyWhatTheOldKeySealed() throws Exception {
		PlanUser officer = this.fixtures.freshOfficer();
		JdbcClient jdbc = this.fixtures.jdbc();
		String secret = this.secondFactor.newSecret();
		jdbc.sql("update app_user set totp_secret = ? where id = ?")
			.param(this.seal.seal(secret, officer.getId()))
			.param(officer.getId())
			.update();
		String current = applicationKey();
		try {
			TotpSecretSeal unrelated = new TotpSecretSeal(KEY_B, "", "", "x", "unused");
			assertThatIllegalStateException().isThrownBy(() -> new SealedTotpSecrets(jdbc, unrelated).run(null))
				.withMessageContaining("PLANTRACKER_TOTP_OLD_KEY");
			// the operator's rotation: the new key, and the one in use until now as the
			// old
			TotpSecretSeal rotated = new TotpSecretSeal(KEY_B, current, "", "x", "unused");
			new SealedTotpSecrets(jdbc, rotated).run(null);
			String stored = storedSecret(officer.getId());
			assertThat(rotated.opensWithCurrentKey(stored, officer.getId())).isTrue();
			assertThat(this.seal.open(stored, officer.getId())).as("the old key no longer opens it").isEmpty();
			assertThat(new TotpSecretSeal(KEY_B, "", "", "x", "unused").open(stored, officer.getId())).contains(secret);
		}
		finally {
			// and back, so that the application's key opens every secret again
			new SealedTotpSecrets(jdbc, new TotpSecretSeal(current, KEY_B, "", "x", "unused")).run(null);
			jdbc.sql("update app_user set totp_secret = null where id = ?").param(officer.getId()).update();
		}
		assertThat(
				jdbc.sql("select totp_secret from app_user where totp_secret is not null").query(String.class).list())
			.allMatch((stored) -> this.seal.opensWithCurrentKey(stored, idOf(stored)));
	}

	/** The key this application runs with: from the environment, or its key file. */
	private String applicationKey() throws Exception {
		String configured = this.environment.getProperty("plantracker.totp.key", "");
		return configured.isBlank()
				? java.nio.file.Files.readString(this.seal.keyFile(), java.nio.charset.StandardCharsets.US_ASCII)
					.strip()
				: configured.strip();
	}

	private long idOf(String stored) {
		return this.fixtures.jdbc()
			.sql("select id from app_user where totp_secret = ?")
			.param(stored)
			.query(Long.class)
			.single();
	}

	@Test
	void aKeyThatIsNotThirtyTwoBytesIsRefusedWithTheWayToMakeOne() {
		TotpSecretSeal shortKey = new TotpSecretSeal(Base64.getEncoder().encodeToString(new byte[16]), "", "", "x",
				"unused");
		assertThatIllegalStateException().isThrownBy(() -> shortKey.seal("ABC", 1))
			.withMessageContaining("openssl rand -base64 32");
	}

	private String storedSecret(long userId) {
		return this.fixtures.jdbc()
			.sql("select totp_secret from app_user where id = ?")
			.param(userId)
			.query(String.class)
			.single();
	}

	private String code(String secret, int secondsAfterNow) throws Exception {
		return new DefaultCodeGenerator().generate(secret, (this.now.getEpochSecond() + secondsAfterNow) / 30);
	}

	private static String key(int seed) {
		byte[] bytes = new byte[32];
		java.util.Arrays.fill(bytes, (byte) seed);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
