package vn.hanoi.plantracker.api;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.hanoi.plantracker.e2e.ServerTest;
import vn.hanoi.plantracker.support.HttpUser;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.user.SecondFactor;
import vn.hanoi.plantracker.user.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Personal access tokens over real HTTP on real PostgreSQL: made on the account page and
 * shown once, kept hashed, revocable, their use noted, in the security log; the API
 * refuses a request without a valid token (401 problem, in the caller's language), keeps
 * no session, and the browser pages never accept a token.
 */
@ServerTest
class ApiAuthenticationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Today today;

	@Autowired
	MutableClock clock;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SecondFactor secondFactor;

	private String base() {
		return "http://localhost:" + this.port;
	}

	private PlanUser user(String username) {
		return (PlanUser) this.users.loadUserByUsername(username);
	}

	private String token(String username, TokenScope scope) {
		return this.tokens
			.create(user(username), "test " + UUID.randomUUID(), scope, this.today.date().plusDays(30), null,
					"127.0.0.1")
			.secret();
	}

	@Test
	void aRequestWithoutATokenIs401ProblemInTheCallersLanguage() {
		HttpResponse<String> english = new ApiClient(base(), null).get("/api/v1/plans");
		assertThat(english.statusCode()).isEqualTo(401);
		assertThat(english.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(english.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
		JsonNode problem = ApiClient.json(english);
		assertThat(problem.get("status").asInt()).isEqualTo(401);
		assertThat(problem.get("title").asString()).isEqualTo("Not authenticated");
		assertThat(problem.get("detail").asString()).contains("Authorization: Bearer");
		assertThat(english.body()).doesNotContain("Exception").doesNotContain("at vn.");
		HttpResponse<String> vietnamese = new ApiClient(base(), null).in("vi-VN,vi;q=0.9").get("/api/v1/plans");
		assertThat(ApiClient.json(vietnamese).get("title").asString()).isEqualTo("Chưa xác thực");
		HttpResponse<String> none = new ApiClient(base(), null).in(null).get("/api/v1/plans");
		assertThat(ApiClient.json(none).get("title").asString()).as("Vietnamese by default").isEqualTo("Chưa xác thực");
	}

	@Test
	void anUnknownARevokedAndAnExpiredTokenAreAll401() {
		assertThat(new ApiClient(base(), "pt_not-a-token").get("/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(new ApiClient(base(), "garbage").get("/api/v1/me").statusCode()).isEqualTo(401);
		PlanUser officer = user("officer.health");
		ApiTokens.NewToken revoked = this.tokens.create(officer, "to revoke", TokenScope.READ,
				this.today.date().plusDays(10), null, "127.0.0.1");
		assertThat(new ApiClient(base(), revoked.secret()).get("/api/v1/me").statusCode()).isEqualTo(200);
		this.tokens.revoke(officer, revoked.token().id(), "127.0.0.1");
		HttpResponse<String> afterRevoke = new ApiClient(base(), revoked.secret()).get("/api/v1/me");
		assertThat(afterRevoke.statusCode()).isEqualTo(401);
		assertThat(ApiClient.json(afterRevoke).get("code").asString()).isEqualTo("api.error.badToken");

		ApiTokens.NewToken expiring = this.tokens.create(officer, "to expire", TokenScope.READ,
				this.today.date().plusDays(10), null, "127.0.0.1");
		assertThat(new ApiClient(base(), expiring.secret()).get("/api/v1/me").statusCode()).isEqualTo(200);
		this.jdbc
			.sql("update api_token set created_at = created_at - interval '30 days',"
					+ " expires_at = created_at - interval '1 day' where id = :id")
			.param("id", expiring.token().id())
			.update();
		assertThat(new ApiClient(base(), expiring.secret()).get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void theTokenIsKeptOnlyAsItsHash() {
		ApiTokens.NewToken made = this.tokens.create(user("leader"), "hash check", TokenScope.READ,
				this.today.date().plusDays(5), null, "127.0.0.1");
		assertThat(made.secret()).startsWith("pt_").hasSizeGreaterThan(40);
		String stored = this.jdbc.sql("select token_hash from api_token where id = :id")
			.param("id", made.token().id())
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(ApiTokens.hash(made.secret())).doesNotContain(made.secret().substring(3));
	}

	@Test
	void theApiKeepsNoSessionAndSetsNoCookie() {
		HttpResponse<String> response = new ApiClient(base(), token("officer.health", TokenScope.READ))
			.get("/api/v1/plans");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void aTokenOpensNoBrowserPage() {
		String token = token("coordinator", TokenScope.READ_WRITE);
		for (String page : new String[] { "/", "/plans", "/account/tokens", "/v3/api-docs",
				"/swagger-ui/index.html" }) {
			HttpResponse<String> response = new ApiClient(base(), token).get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(page)
				.hasValueSatisfying((location) -> assertThat(location).contains("/login"));
		}
	}

	@Test
	void aReadTokenCannotWrite() {
		HttpResponse<String> response = new ApiClient(base(), token("officer.health", TokenScope.READ))
			.post("/api/v1/assignments/1/progress", "{}");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(ApiClient.json(response).get("code").asString()).isEqualTo("api.error.scope");
	}

	@Test
	void eachUseIsNotedWithTimeAndAddress() {
		PlanUser officer = user("officer.justice");
		ApiTokens.NewToken made = this.tokens.create(officer, "noted", TokenScope.READ, this.today.date().plusDays(5),
				null, "127.0.0.1");
		assertThat(new ApiClient(base(), made.secret()).get("/api/v1/me").statusCode()).isEqualTo(200);
		ApiToken listed = this.tokens.of(officer)
			.stream()
			.filter((t) -> t.id() == made.token().id())
			.findFirst()
			.orElseThrow();
		assertThat(listed.lastUsedAt()).isNotNull();
		assertThat(listed.lastUsedAddress()).isNotBlank();
	}

	@Test
	void theTokenCarriesItsOwnersRoleAndAgency() {
		JsonNode me = ApiClient.json(new ApiClient(base(), token("officer.health", TokenScope.READ)).get("/api/v1/me"));
		PlanUser officer = user("officer.health");
		assertThat(me.get("username").asString()).isEqualTo("officer.health");
		assertThat(me.get("role").asString()).isEqualTo("OFFICER");
		assertThat(me.get("agencyId").asLong()).isEqualTo(officer.getAgencyId());
		assertThat(me.get("scope").asString()).isEqualTo("READ");
	}

	@Test
	void tooManyRequestsIs429WithRetryAfter() {
		ApiClient client = new ApiClient(base(), token("leader", TokenScope.READ));
		HttpResponse<String> refused = null;
		for (int i = 0; i < 200 && refused == null; i++) {
			HttpResponse<String> response = client.get("/api/v1/me");
			if (response.statusCode() == 429) {
				refused = response;
			}
			else {
				assertThat(response.statusCode()).isEqualTo(200);
			}
		}
		assertThat(refused).as("refused within 200 requests (limit 120 a minute)").isNotNull();
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isPositive());
		assertThat(ApiClient.json(refused).get("status").asInt()).isEqualTo(429);
		// another token of the same user has its own bucket
		assertThat(new ApiClient(base(), token("leader", TokenScope.READ)).get("/api/v1/me").statusCode())
			.isEqualTo(200);
	}

	@Test
	void aTokenIsMadeOnTheAccountPageShownOnceAndRevokedThereInTheSecurityLog() {
		HttpUser browser = new HttpUser(base()).signIn("officer.hoankiem", "demo-plan-133");
		HttpResponse<String> made = browser.post("/account/tokens", "/account/tokens", Map.of("name", "Document system",
				"scope", "READ_WRITE", "validUntil", this.today.date().plusDays(60).toString()));
		assertThat(made.statusCode()).isEqualTo(200);
		assertThat(made.headers().firstValue("Cache-Control")).hasValue("no-store");
		Matcher secret = Pattern.compile("id=\"new-token-secret\">(pt_[A-Za-z0-9_-]+)<").matcher(made.body());
		assertThat(secret.find()).as("the secret on the answer").isTrue();
		String token = secret.group(1);
		assertThat(browser.get("/account/tokens").body()).as("shown once").doesNotContain(token);
		assertThat(new ApiClient(base(), token).get("/api/v1/me").statusCode()).isEqualTo(200);
		long id = this.jdbc.sql("select id from api_token where token_hash = :hash")
			.param("hash", ApiTokens.hash(token))
			.query(Long.class)
			.single();
		assertThat(events("API_TOKEN_CREATED", "officer.hoankiem")).isPositive();

		// another user's token is not found, and stays valid
		HttpUser other = new HttpUser(base()).signIn("officer.justice", "demo-plan-133");
		assertThat(other.post("/account/tokens", "/account/tokens/" + id + "/revoke", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(new ApiClient(base(), token).get("/api/v1/me").statusCode()).isEqualTo(200);

		HttpResponse<String> revoked = browser.post("/account/tokens", "/account/tokens/" + id + "/revoke", Map.of());
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(new ApiClient(base(), token).get("/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(events("API_TOKEN_REVOKED", "officer.hoankiem")).isPositive();
	}

	@Test
	void theAccountPageRefusesABadExpiryOrNameWithAMessage() {
		HttpUser browser = new HttpUser(base()).signIn("officer.hoankiem", "demo-plan-133");
		HttpResponse<String> tooLong = browser.post("/account/tokens", "/account/tokens", Map.of("name", "x", "scope",
				"READ", "validUntil", this.today.date().plusYears(1).plusDays(1).toString()));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("token-errors").doesNotContain("new-token-secret");
		HttpResponse<String> noName = browser.post("/account/tokens", "/account/tokens",
				Map.of("name", "  ", "scope", "READ", "validUntil", this.today.date().plusDays(3).toString()));
		assertThat(noName.statusCode()).isEqualTo(400);
		HttpResponse<String> badDate = browser.post("/account/tokens", "/account/tokens",
				Map.of("name", "n", "scope", "WRITE_ALL", "validUntil", "31/02/2026"));
		assertThat(badDate.statusCode()).isEqualTo(400);
	}

	@Test
	void anAccountWithASecondFactorMakesATokenOnlyWithAFreshCode() throws Exception {
		Instant now = this.clock.start().truncatedTo(ChronoUnit.MINUTES);
		this.clock.setInstant(now);
		try {
			String username = "api.2fa." + UUID.randomUUID().toString().substring(0, 8);
			this.accounts.create(username, "test-password-1", "Cán bộ hai bước", Role.OFFICER, "SYT");
			String secret = this.secondFactor.newSecret();
			this.secondFactor.enrol(user(username), secret, code(secret, now, 0), "127.0.0.1");
			PlanUser enrolled = user(username);
			assertThat(enrolled.secondFactorEnrolled()).isTrue();
			assertThatThrownBy(() -> this.tokens.create(enrolled, "2fa", TokenScope.READ, this.today.date().plusDays(3),
					null, "127.0.0.1"))
				.isInstanceOf(TokenRefusedException.class)
				.hasMessage("tokens.error.secondFactor");
			// the code already used to enrol is no fresh check
			assertThatThrownBy(() -> this.tokens.create(enrolled, "2fa", TokenScope.READ, this.today.date().plusDays(3),
					code(secret, now, 0), "127.0.0.1"))
				.isInstanceOf(TokenRefusedException.class);
			this.clock.setInstant(now.plusSeconds(30));
			ApiTokens.NewToken made = this.tokens.create(enrolled, "2fa", TokenScope.READ,
					this.today.date().plusDays(3), code(secret, now, 30), "127.0.0.1");
			assertThat(made.secret()).startsWith("pt_");
		}
		finally {
			this.clock.reset();
		}
	}

	private static String code(String secret, Instant start, int secondsAfter) throws Exception {
		return new DefaultCodeGenerator().generate(secret, (start.getEpochSecond() + secondsAfter) / 30);
	}

	private long events(String kind, String username) {
		return this.jdbc.sql("select count(*) from security_event where kind = :kind and username = :username")
			.param("kind", kind)
			.param("username", username)
			.query(Long.class)
			.single();
	}

}
