package vn.hanoi.plantracker.user;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The numbers of brute-force protection, in the manner of Keycloak's brute-force tests:
 * from the third failure in 15 minutes each attempt waits 1 s, 2 s, 4 s … (at most 60 s);
 * the tenth failure locks the name for 15 minutes; 100 failures from one address lock
 * that address. Time moves on a {@link MutableClock}, nothing sleeps.
 */
@IntegrationTest
class SignInThrottlingTests {

	private static final String RIGHT = "test-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DemoUsers users;

	private Instant now;

	@BeforeEach
	void freezeTime() {
		this.now = this.clock.start().truncatedTo(ChronoUnit.SECONDS);
		this.clock.setInstant(this.now);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void fromTheThirdFailureEachAttemptMustWaitLongerEvenWithTheRightPassword() throws Exception {
		String username = this.fixtures.freshOfficer().getUsername();
		String address = "10.11.0.1";
		signIn(username, "wrong-1", address).andExpect(unauthenticated());
		signIn(username, "wrong-2", address).andExpect(unauthenticated());
		signIn(username, RIGHT, address).andExpect(authenticated()); // two failures: no
																		// wait yet
		for (int i = 1; i <= 3; i++) {
			signIn(username, "wrong", address).andExpect(unauthenticated());
		}
		signIn(username, RIGHT, address).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
		advance(Duration.ofMillis(999));
		signIn(username, RIGHT, address).andExpect(unauthenticated());
		advance(Duration.ofMillis(1));
		signIn(username, RIGHT, address).andExpect(authenticated().withUsername(username));
	}

	@Test
	void theTenthFailureInFifteenMinutesLocksTheAccountForFifteenMinutes() throws Exception {
		String username = this.fixtures.freshOfficer().getUsername();
		String address = "10.11.0.2";
		lock(username, address);
		assertThat(eventCount("ACCOUNT_LOCKED", username)).isEqualTo(1);
		advance(Duration.ofMinutes(15).minusSeconds(1));
		signIn(username, RIGHT, address).andExpect(unauthenticated());
		signIn(username, RIGHT, "10.11.0.3").andExpect(unauthenticated()); // another
																			// address:
																			// still
																			// locked
		advance(Duration.ofSeconds(1));
		signIn(username, RIGHT, address).andExpect(authenticated());
	}

	@Test
	void attemptsWhileWaitingAreRefusedWithoutBeingCounted() throws Exception {
		String username = this.fixtures.freshOfficer().getUsername();
		String address = "10.11.0.4";
		for (int i = 1; i <= 3; i++) {
			signIn(username, "wrong", address);
		}
		for (int i = 0; i < 20; i++) {
			signIn(username, "wrong", address).andExpect(redirectedUrl("/login?error"));
		}
		assertThat(eventCount("SIGN_IN_THROTTLED", username)).isEqualTo(20);
		assertThat(eventCount("ACCOUNT_LOCKED", username)).isZero();
		advance(Duration.ofSeconds(1));
		signIn(username, RIGHT, address).andExpect(authenticated());
	}

	@Test
	void aNameWithoutAnAccountGetsTheSameAnswersAndTheSameWaits() throws Exception {
		String address = "10.11.0.5";
		for (int i = 1; i <= 3; i++) {
			signIn("no.such.account", "wrong", address).andExpect(redirectedUrl("/login?error"));
		}
		signIn("no.such.account", "wrong", address).andExpect(redirectedUrl("/login?error"));
		assertThat(eventCount("SIGN_IN_THROTTLED", "no.such.account")).isEqualTo(1);
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("đã nhập sai quá nhiều lần")));
	}

	@Test
	void aHundredFailuresFromOneAddressLockThatAddressOnly() throws Exception {
		String username = this.fixtures.freshOfficer().getUsername();
		String address = "10.11.0.6";
		for (int i = 1; i <= 100; i++) {
			// a different name each time: only the address counter grows
			signIn("guess." + i, "wrong", address).andExpect(unauthenticated());
			advance(Duration.ofSeconds(1));
		}
		assertThat(eventCount("ADDRESS_LOCKED", "guess.100")).isEqualTo(1);
		signIn(username, RIGHT, address).andExpect(unauthenticated());
		signIn(username, RIGHT, "10.11.0.7").andExpect(authenticated());
	}

	@Test
	void anAdministratorUnlocksALockedAccountAndTheUnlockIsRecorded() throws Exception {
		PlanUser officer = this.fixtures.freshOfficer();
		String address = "10.11.0.8";
		lock(officer.getUsername(), address);
		this.mvc.perform(get("/admin/users/" + officer.getId()).with(this.users.as("admin")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"account-locked\"")));
		this.mvc.perform(post("/admin/users/" + officer.getId() + "/unlock").with(this.users.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + officer.getId()));
		signIn(officer.getUsername(), RIGHT, address).andExpect(authenticated());
		assertThat(eventCount("ACCOUNT_UNLOCKED", officer.getUsername())).isEqualTo(1);
	}

	@Test
	void unlockingIsForAdministratorsOnly() throws Exception {
		PlanUser officer = this.fixtures.freshOfficer();
		String address = "10.11.0.9";
		lock(officer.getUsername(), address);
		this.mvc
			.perform(
					post("/admin/users/" + officer.getId() + "/unlock").with(this.users.as("coordinator")).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
		signIn(officer.getUsername(), RIGHT, address).andExpect(unauthenticated());
	}

	/** Ten failures, each after the wait the one before it imposed. */
	private void lock(String username, String address) throws Exception {
		long[] waits = { 0, 0, 1, 2, 4, 8, 16, 32, 60 };
		for (int i = 1; i <= 10; i++) {
			signIn(username, "wrong", address).andExpect(unauthenticated());
			if (i <= waits.length) {
				advance(Duration.ofSeconds(waits[i - 1]));
			}
		}
		signIn(username, RIGHT, address).andExpect(unauthenticated());
	}

	private ResultActions signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
					request.setRemoteAddr(address);
					return request;
				}));
	}

	private void advance(Duration duration) {
		this.now = this.now.plus(duration);
		this.clock.setInstant(this.now);
	}

	private long eventCount(String kind, String username) {
		return this.fixtures.jdbc()
			.sql("select count(*) from security_event where kind = :kind and username = :username")
			.param("kind", kind)
			.param("username", username)
			.query(Long.class)
			.single();
	}

}
