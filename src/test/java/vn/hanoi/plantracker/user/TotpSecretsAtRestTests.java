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

	private static final String KEY_A = key(1);

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

	private Instant now;

	@BeforeEach
	void freezeTime() {
		this.now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		this.clock.setInstant(this.now);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anEnrolledSecretIsStoredSealedAndCodesStillWork() throws Exception {
		PlanUser officer = this.fixtures.officerOf(this.fixtures.unusedCommune());
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
		PlanUser officer = this.fixtures.officerOf(this.fixtures.unusedCommune());
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
	void aRotationReSealsWithTheNewKeyWhatTheOldKeySealed() {
		PlanUser officer = this.fixtures.officerOf(this.fixtures.unusedCommune());
		JdbcClient jdbc = this.fixtures.jdbc();
		TotpSecretSeal before = new TotpSecretSeal(KEY_A, "", "", "x", "unused");
		String secret = this.secondFactor.newSecret();
		jdbc.sql("update app_user set totp_secret = ? where id = ?")
			.param(before.seal(secret, officer.getId()))
			.param(officer.getId())
			.update();
		try {
			TotpSecretSeal unrelated = new TotpSecretSeal(KEY_B, "", "", "x", "unused");
			assertThatIllegalStateException().isThrownBy(() -> new SealedTotpSecrets(jdbc, unrelated).run(null))
				.withMessageContaining("PLANTRACKER_TOTP_OLD_KEY");
			TotpSecretSeal rotated = new TotpSecretSeal(KEY_B, KEY_A, "", "x", "unused");
			new SealedTotpSecrets(jdbc, rotated).run(null);
			String stored = storedSecret(officer.getId());
			assertThat(rotated.opensWithCurrentKey(stored, officer.getId())).isTrue();
			assertThat(before.open(stored, officer.getId())).as("the old key no longer opens it").isEmpty();
			assertThat(new TotpSecretSeal(KEY_B, "", "", "x", "unused").open(stored, officer.getId())).contains(secret);
		}
		finally {
			// the application's own key must open every secret at the next start
			jdbc.sql("update app_user set totp_secret = null where id = ?").param(officer.getId()).update();
		}
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
