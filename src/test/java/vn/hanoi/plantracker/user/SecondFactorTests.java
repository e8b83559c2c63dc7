package vn.hanoi.plantracker.user;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two-step sign-in for the roles that must have it, on real PostgreSQL: enrolment with a
 * QR code the application draws, ten single-use recovery codes, codes that work once, and
 * an administrator's reset. The demo accounts skip it in the demo profile only.
 */
@IntegrationTest
class SecondFactorTests {

	private static final String PASSWORD = "test-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DemoUsers users;

	@Autowired
	MutableClock clock;

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
	void aCoordinatorMustSetUpASecondFactorBeforeReachingAnyPage() throws Exception {
		String username = coordinator();
		BrowserSession session = signIn(username);
		session.perform(get("/coordinator/overdue")).andExpect(redirectedUrl("/account/two-factor"));
		session.perform(get("/plans")).andExpect(redirectedUrl("/account/two-factor"));
		String page = session.perform(get("/account/two-factor"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = secretOn(page);
		session.perform(post("/account/two-factor").with(csrf()).param("code", "000000"))
			.andExpect(status().isUnprocessableContent());
		List<String> recovery = recoveryCodesOn(
				session.perform(post("/account/two-factor").with(csrf()).param("code", code(secret, 0)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
		session.perform(get("/coordinator/overdue")).andExpect(status().isOk());
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from recovery_code r join app_user u on u.id = r.user_id where u.username = ?"
					+ " and r.code_hash in (?)")
			.param(username)
			.param(recovery.get(0))
			.query(Long.class)
			.single()).as("recovery codes are stored only hashed").isZero();
		assertThat(eventCount("SECOND_FACTOR_ENROLLED", username)).isEqualTo(1);
	}

	@Test
	void atSignInTheCodeIsAskedAndEachCodeWorksOnce() throws Exception {
		String username = coordinator();
		String secret = enrol(username);
		BrowserSession session = signIn(username);
		session.perform(get("/")).andExpect(redirectedUrl("/login/second-factor"));
		session.perform(get("/login/second-factor")).andExpect(status().isOk());
		second(session, "123456").andExpect(redirectedUrl("/login/second-factor?error"));
		// the code used to enrol, in the same 30 seconds: refused (no replay)
		second(session, code(secret, 0)).andExpect(redirectedUrl("/login/second-factor?error"));
		this.clock.setInstant(this.now.plusSeconds(30));
		second(session, code(secret, 30)).andExpect(redirectedUrl("/"));
		session.perform(get("/coordinator/overdue")).andExpect(status().isOk());
		BrowserSession other = signIn(username);
		second(other, code(secret, 30)).andExpect(redirectedUrl("/login/second-factor?error"));
		assertThat(eventCount("SECOND_FACTOR_FAILED", username)).isEqualTo(3);
	}

	@Test
	void aCorrectPasswordDoesNotResetTheCountOfWrongCodes() throws Exception {
		String username = coordinator();
		String secret = enrol(username);
		// the attacker's probe: two wrong codes after each of six sign-ins with the
		// right password, at once
		for (int i = 0; i < 6; i++) {
			BrowserSession session = signIn(username);
			second(session, "111111").andExpect(redirectedUrl("/login/second-factor?error"));
			second(session, "222222").andExpect(redirectedUrl("/login/second-factor?error"));
		}
		assertThat(eventCount("SECOND_FACTOR_FAILED", username)).as("counted until the wait began").isEqualTo(3);
		assertThat(eventCount("SIGN_IN_THROTTLED", username)).isEqualTo(9);
		// the right code (of the next 30 seconds, which is accepted) waits too
		BrowserSession again = signIn(username);
		second(again, code(secret, 30)).andExpect(redirectedUrl("/login/second-factor?error"));
		this.clock.setInstant(this.now.plusSeconds(1));
		second(again, code(secret, 30)).andExpect(redirectedUrl("/"));
	}

	@Test
	void tenWrongCodesLockTheSecondFactorForFifteenMinutesWhateverThePassword() throws Exception {
		String username = coordinator();
		String secret = enrol(username);
		int seconds = 0;
		for (int i = 0; i < 5; i++) {
			BrowserSession session = signIn(username);
			for (int j = 0; j < 2; j++) {
				seconds += 61; // past every wait: each code is counted
				this.clock.setInstant(this.now.plusSeconds(seconds));
				second(session, "333333").andExpect(redirectedUrl("/login/second-factor?error"));
			}
		}
		assertThat(eventCount("SECOND_FACTOR_FAILED", username)).isEqualTo(10);
		assertThat(eventCount("ACCOUNT_LOCKED", username)).isEqualTo(1);
		seconds += 61;
		this.clock.setInstant(this.now.plusSeconds(seconds));
		BrowserSession locked = signIn(username);
		second(locked, code(secret, seconds)).andExpect(redirectedUrl("/login/second-factor?error"));
		seconds += 15 * 60;
		this.clock.setInstant(this.now.plusSeconds(seconds));
		BrowserSession later = signIn(username);
		second(later, code(secret, seconds)).andExpect(redirectedUrl("/"));
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from sign_in_throttle where throttle_key like :key")
			.param("key", "%:" + username)
			.query(Long.class)
			.single()).as("a correct code clears the account's counts").isZero();
	}

	@Test
	void endingAnotherSessionAsksForThePasswordAndACodeWhenEnrolled() throws Exception {
		String username = coordinator();
		String secret = enrol(username);
		BrowserSession laptop = signIn(username);
		this.clock.setInstant(this.now.plusSeconds(30));
		second(laptop, code(secret, 30)).andExpect(redirectedUrl("/"));
		BrowserSession desk = signIn(username);
		this.clock.setInstant(this.now.plusSeconds(60));
		second(desk, code(secret, 60)).andExpect(redirectedUrl("/"));
		desk.perform(get("/account/sessions")).andExpect(content().string(containsString("name=\"code\"")));
		String end = "/account/sessions/" + SessionHandle.of(laptop.sessionIdInStore()) + "/end";
		desk.perform(post(end).with(csrf()).param("currentPassword", PASSWORD))
			.andExpect(flash().attribute("failure", "sessions.flash.reauthFailed"));
		this.clock.setInstant(this.now.plusSeconds(90));
		desk.perform(
				post(end).with(csrf()).param("currentPassword", "not-the-password").param("code", code(secret, 90)))
			.andExpect(flash().attribute("failure", "sessions.flash.reauthFailed"));
		laptop.perform(get("/coordinator/overdue")).andExpect(status().isOk());
		desk.perform(post(end).with(csrf()).param("currentPassword", PASSWORD).param("code", code(secret, 90)))
			.andExpect(flash().attribute("success", "sessions.flash.ended"));
		laptop.perform(get("/coordinator/overdue")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aRecoveryCodeSignsInOnceWithoutThePhone() throws Exception {
		String username = coordinator();
		BrowserSession session = signIn(username);
		String secret = secretOn(
				session.perform(get("/account/two-factor")).andReturn().getResponse().getContentAsString());
		List<String> recovery = recoveryCodesOn(
				session.perform(post("/account/two-factor").with(csrf()).param("code", code(secret, 0)))
					.andReturn()
					.getResponse()
					.getContentAsString());
		BrowserSession phoneLost = signIn(username);
		second(phoneLost, recovery.get(3).toUpperCase()).andExpect(redirectedUrl("/"));
		BrowserSession again = signIn(username);
		second(again, recovery.get(3)).andExpect(redirectedUrl("/login/second-factor?error"));
		assertThat(eventCount("RECOVERY_CODE_USED", username)).isEqualTo(1);
	}

	@Test
	void anAdministratorResetsALostSecondFactorWithAReason() throws Exception {
		String username = coordinator();
		enrol(username);
		long id = this.fixtures.user(username).getId();
		this.mvc
			.perform(post("/admin/users/" + id + "/two-factor/reset").with(this.users.as("admin"))
				.with(csrf())
				.param("reason", ""))
			.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(eventCount("SECOND_FACTOR_RESET", username)).isZero();
		this.mvc.perform(get("/admin/users/" + id).with(this.users.as("admin")))
			.andExpect(content().string(containsString("name=\"currentPassword\"")));
		// the administrator's own password again (ASVS 7.5.1): missing or wrong resets
		// nothing
		this.mvc
			.perform(post("/admin/users/" + id + "/two-factor/reset").with(this.users.as("admin"))
				.with(csrf())
				.param("reason", "Mất điện thoại, đã xác minh qua thủ trưởng đơn vị"))
			.andExpect(flash().attribute("failure", "twoFactor.admin.reauthFailed"));
		this.mvc
			.perform(post("/admin/users/" + id + "/two-factor/reset").with(this.users.as("admin"))
				.with(csrf())
				.param("reason", "Mất điện thoại, đã xác minh qua thủ trưởng đơn vị")
				.param("currentPassword", "not-the-password"))
			.andExpect(flash().attribute("failure", "twoFactor.admin.reauthFailed"));
		assertThat(eventCount("SECOND_FACTOR_RESET", username)).isZero();
		this.mvc
			.perform(post("/admin/users/" + id + "/two-factor/reset").with(this.users.as("admin"))
				.with(csrf())
				.param("reason", "Mất điện thoại, đã xác minh qua thủ trưởng đơn vị")
				.param("currentPassword", DemoAccounts.PASSWORD))
			.andExpect(redirectedUrl("/admin/users/" + id))
			.andExpect(flash().attribute("success", "twoFactor.admin.flash.reset"));
		assertThat(eventCount("SECOND_FACTOR_RESET", username)).isEqualTo(1);
		BrowserSession session = signIn(username);
		session.perform(get("/")).andExpect(redirectedUrl("/account/two-factor"));
	}

	@Test
	void officersOfAnAgencyTheAdministratorMarksMustUseItToo() throws Exception {
		String commune = this.fixtures.unusedCommune();
		var officer = this.fixtures.officerOf(commune);
		BrowserSession before = signIn(officer.getUsername());
		before.perform(get("/my/assignments")).andExpect(status().isOk());
		this.mvc
			.perform(post("/admin/two-factor/" + officer.getAgencyId()).with(this.users.as("admin"))
				.with(csrf())
				.param("required", "true"))
			.andExpect(redirectedUrl("/admin/two-factor"));
		BrowserSession after = signIn(officer.getUsername());
		after.perform(get("/my/assignments")).andExpect(redirectedUrl("/account/two-factor"));
	}

	@Test
	void demoAccountsSkipTheSecondFactorInTheDemoProfileAndTheSignInPageSaysSo() throws Exception {
		BrowserSession session = signIn("coordinator", "demo-plan-133");
		session.perform(get("/coordinator/overdue")).andExpect(status().isOk());
		this.mvc.perform(get("/login")).andExpect(content().string(containsString("id=\"demo-second-factor\"")));
	}

	private String coordinator() {
		String username = "test.coord." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, PASSWORD, "Điều phối kiểm thử", Role.COORDINATOR, "CATP");
		return username;
	}

	private String enrol(String username) throws Exception {
		BrowserSession session = signIn(username);
		String secret = secretOn(
				session.perform(get("/account/two-factor")).andReturn().getResponse().getContentAsString());
		session.perform(post("/account/two-factor").with(csrf()).param("code", code(secret, 0)))
			.andExpect(status().isOk());
		return secret;
	}

	private BrowserSession signIn(String username) throws Exception {
		return signIn(username, PASSWORD);
	}

	private BrowserSession signIn(String username, String password) throws Exception {
		return BrowserSession.signIn(this.mvc, username, password);
	}

	private org.springframework.test.web.servlet.ResultActions second(BrowserSession session, String code)
			throws Exception {
		return session.perform(post("/login/second-factor").with(csrf()).param("code", code));
	}

	private String code(String secret, int secondsAfterStart) throws Exception {
		return new DefaultCodeGenerator().generate(secret, (this.now.getEpochSecond() + secondsAfterStart) / 30);
	}

	private static String secretOn(String page) {
		Matcher m = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(page);
		assertThat(m.find()).as("secret shown on the page").isTrue();
		return m.group(1).replace(" ", "");
	}

	private static List<String> recoveryCodesOn(String page) {
		Matcher m = Pattern.compile("<li>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</li>").matcher(page);
		List<String> codes = new ArrayList<>();
		while (m.find()) {
			codes.add(m.group(1));
		}
		return codes;
	}

	private long eventCount(String kind, String username) {
		return this.fixtures.jdbc()
			.sql("select count(*) from security_event where kind = ? and username = ?")
			.param(kind)
			.param(username)
			.query(Long.class)
			.single();
	}

}
