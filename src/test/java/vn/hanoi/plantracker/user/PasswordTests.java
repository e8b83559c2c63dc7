package vn.hanoi.plantracker.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PasswordTests {

	private static final String OLD = "test-password-1";

	private static final String NEW = "ngựa vằn ăn cỏ lúc bình minh";

	private final PasswordPolicy policy = new PasswordPolicy();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DemoUsers users;

	@Autowired
	PasswordEncoder encoder;

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "111111111111", "            ", "demo-plan-133", "qwertyuiop123",
			"hanoi-plan-tracker", "Password123!", "nguyenvana.2025" })
	void commonOrGuessablePasswordsAreRefused(String password) {
		assertThat(this.policy.problemWith(password, "nguyenvana", "Nguyễn Văn A")).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "password12", "1111111111", "          ", "ngắn quá" })
	void passwordsShorterThanTwelveCharactersAreRefused(String password) {
		assertThat(this.policy.problemWith(password, "x", "x")).isEqualTo("password.tooShort");
	}

	@Test
	void passphrasesOfAnyScriptUpTo128CharactersAreAccepted() {
		assertThat(this.policy.problemWith(NEW, "officer", "Lê Thị Y Tế")).isNull();
		assertThat(this.policy.problemWith("correct horse battery staple", "officer", "x")).isNull();
		String longest = "Đường về quê mẹ xa lắm 🌾 ".repeat(6).substring(0, 120) + "ùxyđ2ê9q";
		assertThat(longest.codePointCount(0, longest.length())).isLessThanOrEqualTo(128);
		assertThat(this.policy.problemWith(longest, "officer", "x")).isNull();
		assertThat(this.policy.problemWith(longest + "x".repeat(10), "officer", "x")).isEqualTo("password.tooLong");
	}

	@Test
	void passwordsLongerThanBcryptsSeventyTwoBytesAreHashedWhole() {
		String long1 = "ă".repeat(100) + "1";
		String long2 = "ă".repeat(100) + "2";
		String hash = this.encoder.encode(long1);
		assertThat(hash).startsWith("{bcrypt-sha256}");
		assertThat(this.encoder.matches(long1, hash)).isTrue();
		assertThat(this.encoder.matches(long2, hash)).isFalse();
	}

	@Test
	void existingBcryptHashesStayValidAndLongInputSimplyDoesNotMatchThem() {
		String legacy = "{bcrypt}" + new BCryptPasswordEncoder().encode(OLD);
		assertThat(this.encoder.matches(OLD, legacy)).isTrue();
		assertThat(this.encoder.matches("x".repeat(500), legacy)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = { 73, 200, 5000 })
	void signingInWithAVeryLongPasswordIsAnOrdinaryFailure(int length) throws Exception {
		String username = this.fixtures.officerOf("SYT").getUsername();
		this.mvc.perform(post("/login").param("username", username)
			.param("password", "ộ".repeat(length))
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("10.13.0." + (length % 250));
				return request;
			})).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void changingOnesOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
		PlanUser officer = this.fixtures.freshOfficer();
		BrowserSession phone = signIn(officer.getUsername(), OLD);
		BrowserSession desk = signIn(officer.getUsername(), OLD);
		desk.perform(get("/account/password")).andExpect(status().isOk());
		desk.perform(post("/account/password").with(csrf())
			.param("currentPassword", OLD)
			.param("newPassword", NEW)
			.param("confirmation", NEW)).andExpect(redirectedUrl("/account/password"));
		phone.perform(get("/my/assignments")).andExpect(redirectedUrl("/login?ended"));
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from spring_session where principal_name = ?")
			.param(officer.getUsername())
			.query(Long.class)
			.single()).as("only the session that changed the password is left").isEqualTo(1);
		desk.perform(get("/my/assignments")).andExpect(status().isOk());
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password(NEW)).andExpect(authenticated());
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password(OLD)).andExpect(unauthenticated());
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from security_event where kind = 'PASSWORD_CHANGED' and username = ? and detail is null")
			.param(officer.getUsername())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() throws Exception {
		PlanUser officer = this.fixtures.freshOfficer();
		BrowserSession session = signIn(officer.getUsername(), OLD);
		session
			.perform(post("/account/password").with(csrf())
				.param("currentPassword", "not-the-password")
				.param("newPassword", NEW)
				.param("confirmation", NEW))
			.andExpect(status().isUnprocessableContent());
		session
			.perform(post("/account/password").with(csrf())
				.param("currentPassword", OLD)
				.param("newPassword", "password1234")
				.param("confirmation", "password1234"))
			.andExpect(status().isUnprocessableContent());
		session
			.perform(post("/account/password").with(csrf())
				.param("currentPassword", OLD)
				.param("newPassword", "x".repeat(1_000_000))
				.param("confirmation", "x".repeat(1_000_000)))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password(OLD)).andExpect(authenticated());
	}

	@Test
	void anAdministratorsResetEndsTheUsersOpenSessions() throws Exception {
		PlanUser officer = this.fixtures.freshOfficer();
		BrowserSession session = signIn(officer.getUsername(), OLD);
		long version = this.fixtures.jdbc()
			.sql("select version from app_user where id = ?")
			.param(officer.getId())
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/users/" + officer.getId() + "/password").with(this.users.as("admin"))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("password", NEW)
				.param("currentPassword", "demo-plan-133"))
			.andExpect(redirectedUrl("/admin/users/" + officer.getId()));
		session.perform(get("/my/assignments")).andExpect(redirectedUrl("/login?ended"));
		assertThat(this.fixtures.jdbc()
			.sql("select actor from security_event where kind = 'PASSWORD_RESET' and username = ?")
			.param(officer.getUsername())
			.query(String.class)
			.list()).containsExactly("admin");
	}

	private BrowserSession signIn(String username, String password) throws Exception {
		return BrowserSession.signIn(this.mvc, username, password);
	}

}
