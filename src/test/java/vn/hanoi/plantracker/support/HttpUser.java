package vn.hanoi.plantracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user of a running server over real HTTP (its own cookies, so its own session), for
 * tests about servers and processes rather than controllers.
 */
public final class HttpUser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager();

	private String base;

	public HttpUser(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** The same browser, pointed at another server (another node). */
	public HttpUser at(String otherBase) {
		this.base = otherBase;
		return this;
	}

	public CookieManager cookies() {
		return this.cookies;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(60)).GET());
	}

	/** A form POST with this session's CSRF token, taken from the page it comes from. */
	public HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
		String token = csrf(get(formPage).body());
		return postWithToken(token, path, fields);
	}

	public HttpResponse<String> postWithToken(String token, String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&", "_csrf=" + encode(token) + "&", ""));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpUser signIn(String username, String password) {
		HttpResponse<String> response = post("/login", "/login", Map.of("username", username, "password", password));
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException(
					"Could not sign in as " + username + ": " + response.statusCode() + " " + location);
		}
		return this;
	}

	public static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return matcher.group(1);
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
