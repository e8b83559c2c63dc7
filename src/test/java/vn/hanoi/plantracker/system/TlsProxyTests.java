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
 * HSTS. Only the configured proxies are believed ({@code plantracker.trusted-proxies}):
 * another peer, loopback or not, cannot name its own address or scheme.
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
		// the test profile (and no demo): its scheduled jobs are not started, as in every
		// test context
		this.node = new SpringApplicationBuilder(PlanTrackerApplication.class).profiles("test")
			.properties(Map.of("server.port", "0", "plantracker.management.port", "0",
					"plantracker.embedded-db.enabled", "false", "spring.datasource.url",
					TestDatabase.url("plantracker_production"), "spring.datasource.username", TestDatabase.username(),
					"spring.datasource.password", TestDatabase.password(), "spring.main.banner-mode", "off",
					// the proxy is this machine's 127.0.0.1 (and a second hop in a
					// documentation
					// range); 127.0.0.2 stands for any other peer on the network
					"plantracker.trusted-proxies", "127.0.0.1, 192.0.2.0/24"))
			.run();
		assertThat(this.node.getEnvironment().getActiveProfiles()).doesNotContain("demo");
		assertThat(this.node.getBeansOfType(org.springframework.scheduling.config.ScheduledTaskHolder.class).values())
			.flatMap(org.springframework.scheduling.config.ScheduledTaskHolder::getScheduledTasks)
			.as("no job is scheduled")
			.isEmpty();
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

	@Test
	void theClientAddressIsTheRightMostHopThatIsNotATrustedProxy() throws Exception {
		String name = "proxy.probe." + System.nanoTime();
		failSignIn("127.0.0.1", name, "6.6.6.6, 198.51.100.10, 192.0.2.7");
		assertThat(recordedAddresses(name)).containsExactly("198.51.100.10");
	}

	@Test
	void aPeerThatIsNotATrustedProxyCannotNameItsAddressOrScheme() throws Exception {
		String name = "spoof.probe." + System.nanoTime();
		failSignIn("127.0.0.2", name, "198.51.100.77");
		assertThat(recordedAddresses(name)).containsExactly("127.0.0.2");
		String page = raw("127.0.0.2", "GET /login HTTP/1.1\r\nX-Forwarded-Proto: https\r\n", "");
		assertThat(page).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("Strict-Transport-Security");
	}

	@Test
	void withNoTrustedProxyConfiguredNoPeerIsBelieved() {
		assertThat(TrustedProxies.cidrs(List.of())).isEmpty();
		assertThat(TrustedProxies.cidrs(List.of(" 10.0.0.5 ", "10.1.0.0/16", "::1"))).containsExactly("10.0.0.5/32",
				"10.1.0.0/16", "::1/128");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> TrustedProxies.cidrs(List.of("proxy.example")));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> TrustedProxies.cidrs(List.of("10.0.0.0/33")));
	}

	@Test
	void aForgedHostIsNeverReflectedInARedirect() throws Exception {
		String forged = "Host: evil.example\r\n";
		List<String> answers = List.of(raw("127.0.0.1", "GET /plans HTTP/1.1\r\n" + forged, ""),
				raw("127.0.0.1", "GET / HTTP/1.1\r\n" + forged, ""),
				raw("127.0.0.2", "GET /account/sessions HTTP/1.1\r\n" + forged, ""),
				raw("127.0.0.1", "GET /plans HTTP/1.1\r\n" + forged + "X-Forwarded-Host: evil.example\r\n"
						+ "X-Forwarded-Proto: https\r\n", ""));
		for (String answer : answers) {
			assertThat(answer).startsWith("HTTP/1.1 302");
			Matcher location = Pattern.compile("(?im)^Location: (\\S+)").matcher(answer);
			assertThat(location.find()).as(answer).isTrue();
			assertThat(location.group(1)).doesNotContain("evil.example").startsWith("/");
		}
		// a failed sign-in and a sign-out: the same, relative
		String login = raw("127.0.0.1", "GET /login HTTP/1.1\r\n", "");
		Matcher cookie = Pattern.compile("(?i)Set-Cookie: (__Host-SESSION=[^;]+)").matcher(login);
		assertThat(cookie.find()).isTrue();
		String token = java.net.URLEncoder.encode(vn.hanoi.plantracker.support.HttpUser.csrf(login), "UTF-8");
		for (String[] post : new String[][] { { "/login", "&username=host.probe&password=wrong-password" },
				{ "/logout", "" } }) {
			String body = "_csrf=" + token + post[1];
			String answer = raw("127.0.0.1",
					"POST " + post[0] + " HTTP/1.1\r\n" + forged + "Cookie: " + cookie.group(1)
							+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
							+ "\r\n",
					body);
			Matcher location = Pattern.compile("(?im)^Location: (\\S+)").matcher(answer);
			assertThat(location.find()).as(answer).isTrue();
			assertThat(location.group(1)).as(post[0]).doesNotContain("evil.example").startsWith("/login?");
		}
	}

	/** A wrong password for this name, sent from this local address over a raw socket. */
	private void failSignIn(String from, String name, String forwardedFor) throws Exception {
		String login = raw(from, "GET /login HTTP/1.1\r\n", "");
		Matcher cookie = Pattern.compile("(?i)Set-Cookie: (__Host-SESSION=[^;]+)").matcher(login);
		assertThat(cookie.find()).as(login).isTrue();
		String body = "_csrf=" + java.net.URLEncoder.encode(vn.hanoi.plantracker.support.HttpUser.csrf(login), "UTF-8")
				+ "&username=" + name + "&password=wrong-password";
		String answer = raw(from,
				"POST /login HTTP/1.1\r\nCookie: " + cookie.group(1) + "\r\nX-Forwarded-For: " + forwardedFor
						+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
						+ "\r\n",
				body);
		assertThat(answer).startsWith("HTTP/1.1 302");
	}

	private List<String> recordedAddresses(String name) {
		return this.node.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select client_address from security_event where username = ? and kind = 'SIGN_IN_FAILED'")
			.param(name)
			.query(String.class)
			.list();
	}

	/**
	 * One HTTP/1.1 exchange from a chosen loopback address (the peer the server sees).
	 */
	private String raw(String from, String head, String body) throws Exception {
		int port = ((WebServerApplicationContext) this.node).getWebServer().getPort();
		try (java.net.Socket socket = new java.net.Socket()) {
			socket.bind(new java.net.InetSocketAddress(from, 0));
			socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(60_000);
			String host = head.contains("\nHost: ") ? "" : "Host: 127.0.0.1:" + port + "\r\n";
			String request = head + host + "Connection: close\r\n\r\n" + body;
			socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
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
