package vn.hanoi.plantracker.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.hanoi.plantracker.PlanTrackerApplication;
import vn.hanoi.plantracker.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production node (no demo profile) over real HTTP, reached through a TLS proxy that
 * sets {@code X-Forwarded-Proto: https} ({@code server.forward-headers-strategy=native}):
 * HSTS for at least a year and the {@code __Host-} session cookie; plain http gets no
 * HSTS.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsProxyTests {

	private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private ConfigurableApplicationContext node;

	@BeforeAll
	void startAProductionNode() {
		this.node = new SpringApplicationBuilder(PlanTrackerApplication.class)
			.properties(Map.of("server.port", "0", "plantracker.embedded-db.enabled", "false", "spring.datasource.url",
					TestDatabase.url("plantracker_production"), "spring.datasource.username", TestDatabase.username(),
					"spring.datasource.password", TestDatabase.password(), "spring.main.banner-mode", "off"))
			.run();
		assertThat(this.node.getEnvironment().getActiveProfiles()).doesNotContain("demo");
	}

	@AfterAll
	void stopTheNode() {
		if (this.node != null) {
			this.node.close();
		}
	}

	@Test
	void throughTheTlsProxyTheAnswerCarriesHstsForAtLeastAYear() throws Exception {
		HttpResponse<String> page = get("/login", true);
		assertThat(page.statusCode()).isEqualTo(200);
		String hsts = page.headers().firstValue("Strict-Transport-Security").orElse(null);
		assertThat(hsts).as("HSTS behind the proxy").isNotNull();
		Matcher maxAge = MAX_AGE.matcher(hsts);
		assertThat(maxAge.find()).as(hsts).isTrue();
		assertThat(Long.parseLong(maxAge.group(1))).as("max-age in seconds")
			.isGreaterThanOrEqualTo(Duration.ofDays(365).toSeconds());
	}

	@Test
	void plainHttpWithoutTheProxyHeaderGetsNoHsts() throws Exception {
		HttpResponse<String> page = get("/login", false);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void theSessionCookieIsHostPrefixedSecureHttpOnlyLaxOnTheWholeSiteWithNoDomain() throws Exception {
		HttpResponse<String> page = get("/login", true);
		List<String> sessionCookies = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("__Host-SESSION="))
			.toList();
		assertThat(sessionCookies).hasSize(1);
		List<String> attributes = List.of(sessionCookies.get(0).split(";\\s*"));
		assertThat(attributes.subList(1, attributes.size())).containsExactlyInAnyOrder("Path=/", "Secure", "HttpOnly",
				"SameSite=Lax");
		assertThat(page.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("SESSION="));
	}

	private HttpResponse<String> get(String path, boolean throughTheProxy) throws Exception {
		int port = ((WebServerApplicationContext) this.node).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.GET();
		if (throughTheProxy) {
			request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
