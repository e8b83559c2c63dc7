package vn.hanoi.plantracker;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every link a role can follow from its home page, breadth first on the demo data: no
 * page or export answers with a server error, and no page or workbook shows an unresolved
 * message key ({@code ??key_vi??}), a period as its stored code or Spring's fallback
 * error page. Only links (GET) are followed, never sign-out or a link that changes
 * something; query strings are normalised and a few variants of each kind of URL are
 * enough.
 */
@IntegrationTest
class LinkCrawlTests {

	private static final int DEPTH = 4;

	/** Distinct URLs visited per path shape (ids as {n}) and set of parameter names. */
	private static final int VARIANTS = 5;

	/** Per role, both languages. */
	private static final Duration BUDGET = Duration.ofSeconds(90);

	private static final Pattern LINK = Pattern.compile("<a\\b[^>]*?\\shref=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	/** What Thymeleaf writes for a message key missing from the bundle. */
	private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^\\s<>\"'?]+\\?\\?");

	/**
	 * A stored period code as the whole text of an element or cell: 2025-H1, 2025-2026.
	 */
	private static final Pattern RAW_PERIOD = Pattern.compile(">\\s*20\\d{2}-(H[12]|20\\d{2})\\s*<");

	/** GET links that do something (or only lead away): never followed. */
	private static final Pattern NOT_FOLLOWED = Pattern
		.compile("^/(logout|login.*|notifications/\\d+|webjars/.*|css/.*|js/.*|images/.*)$");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "leader", "coordinator", "officer.health", "admin" })
	void noLinkAnswersWithAServerErrorOrShowsAnUnresolvedKey(String username) {
		Crawl crawl = new Crawl(username, "vi");
		crawl.from("/");
		// the English wording of one URL of each shape
		Crawl english = new Crawl(username, "en");
		for (String url : crawl.firstOfEachShape.values()) {
			if (crawl.elapsedMillis() > BUDGET.toMillis()) {
				crawl.outOfTime = true;
				break;
			}
			english.visit(url);
		}
		System.out.printf(
				"Crawl as %s: %d URLs in Vietnamese, %d of them again in English, in %d ms," + " deepest level %d%s%n",
				username, crawl.visited.size(), english.millis.size(), crawl.elapsedMillis(), crawl.deepest,
				crawl.outOfTime ? " (time budget spent)" : "");
		crawl.millis.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(5)
			.forEach((e) -> System.out.println("  slow " + e.getValue() + " ms " + e.getKey()));
		Map<String, String> failures = new TreeMap<>(crawl.failures);
		english.failures.forEach((url, failure) -> failures.put(url + " (en)", failure));
		crawl.notes.forEach((url, note) -> System.out.println("  note " + note + " " + url));
		failures.forEach((url, failure) -> System.out.println("  FAIL " + failure + " " + url));
		assertThat(crawl.visited).as("the crawl reached pages beyond the home page").hasSizeGreaterThan(10);
		assertThat(crawl.deepest).as("the crawl went at least three links deep").isGreaterThanOrEqualTo(3);
		assertThat(failures).as("URLs that answered 5xx or showed an unresolved key or a period code").isEmpty();
	}

	private final class Crawl {

		private final String username;

		private final String language;

		private final long started = System.nanoTime();

		private final Set<String> visited = new LinkedHashSet<>();

		private final Map<String, Integer> perShape = new HashMap<>();

		private final Map<String, String> firstOfEachShape = new LinkedHashMap<>();

		private final Map<String, String> failures = new TreeMap<>();

		private final Map<String, String> notes = new TreeMap<>();

		private final Map<String, Long> millis = new HashMap<>();

		private int deepest;

		private boolean outOfTime;

		Crawl(String username, String language) {
			this.username = username;
			this.language = language;
		}

		long elapsedMillis() {
			return Duration.ofNanos(System.nanoTime() - this.started).toMillis();
		}

		void from(String home) {
			Deque<Step> queue = new ArrayDeque<>();
			queue.add(new Step(home, 0));
			this.visited.add(home);
			while (!queue.isEmpty()) {
				if (elapsedMillis() > BUDGET.toMillis()) {
					this.outOfTime = true;
					return;
				}
				Step step = queue.poll();
				this.deepest = Math.max(this.deepest, step.depth());
				for (String link : visit(step.url())) {
					if (step.depth() < DEPTH && admit(link)) {
						queue.add(new Step(link, step.depth() + 1));
					}
				}
			}
		}

		private boolean admit(String url) {
			if (this.visited.contains(url)) {
				return false;
			}
			String shape = shape(url);
			int seen = this.perShape.merge(shape, 1, Integer::sum);
			this.firstOfEachShape.putIfAbsent(shape, url);
			if (seen > VARIANTS) {
				return false;
			}
			this.visited.add(url);
			return true;
		}

		/** The links of the page at this URL (or where it redirects). */
		private List<String> visit(String url) {
			MockHttpServletRequestBuilder request = get(URI.create(url)).with(users.as(this.username))
				.cookie(new Cookie("plantracker-lang", this.language));
			MockHttpServletResponse response;
			long start = System.nanoTime();
			try {
				response = mvc.perform(request).andReturn().getResponse();
				this.millis.put(url, Duration.ofNanos(System.nanoTime() - start).toMillis());
			}
			catch (Exception ex) {
				this.failures.put(url, "exception " + ex);
				return List.of();
			}
			int status = response.getStatus();
			if (status >= 500) {
				this.failures.put(url, String.valueOf(status));
				return List.of();
			}
			if (status >= 300 && status < 400) {
				String location = response.getHeader("Location");
				String target = (location != null) ? normalise(url, location) : null;
				return (target != null) ? List.of(target) : List.of();
			}
			if (status >= 400) {
				this.notes.put(url, String.valueOf(status));
				return List.of();
			}
			String type = String.valueOf(response.getContentType());
			if (type.startsWith("text/html")) {
				String html = contentOf(response);
				check(url, html);
				return links(url, html);
			}
			if (type.contains("openxmlformats")) {
				checkOfficeFile(url, response.getContentAsByteArray());
			}
			return List.of();
		}

		private void check(String url, String text) {
			Matcher unresolved = UNRESOLVED.matcher(text);
			if (unresolved.find()) {
				this.failures.put(url, "unresolved key " + unresolved.group());
			}
			Matcher period = RAW_PERIOD.matcher(text);
			if (period.find()) {
				this.failures.put(url, "period code not in words " + period.group());
			}
			if (text.contains("Whitelabel")) {
				this.failures.put(url, "Whitelabel error page");
			}
		}

		/** The text of a workbook or Word file: its XML parts. */
		private void checkOfficeFile(String url, byte[] file) {
			StringBuilder text = new StringBuilder();
			try {
				// the workbooks are streamed with data descriptors that ZipInputStream
				// cannot read: read them from their central directory
				Path copy = Files.createTempFile("crawl", ".zip");
				try (ZipFile zip = new ZipFile(Files.write(copy, file).toFile())) {
					for (ZipEntry entry : Collections.list(zip.entries())) {
						if (entry.getName().endsWith(".xml")) {
							text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
						}
					}
				}
				finally {
					Files.delete(copy);
				}
			}
			catch (IOException ex) {
				this.failures.put(url, "unreadable file " + ex.getMessage());
				return;
			}
			check(url, text.toString());
		}

		private List<String> links(String from, String html) {
			List<String> links = new ArrayList<>();
			Matcher matcher = LINK.matcher(html);
			while (matcher.find()) {
				String target = normalise(from, matcher.group(1).replace("&amp;", "&"));
				if (target != null) {
					links.add(target);
				}
			}
			return links;
		}

		private static String contentOf(MockHttpServletResponse response) {
			try {
				return response.getContentAsString(StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/**
	 * The link as a same-origin path with its parameters sorted (the language and the
	 * fragment dropped), or null when it is not one to follow.
	 */
	static String normalise(String from, String href) {
		if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")
				|| href.startsWith("javascript:")) {
			return null;
		}
		URI uri;
		try {
			uri = URI.create("http://localhost").resolve(URI.create("http://localhost" + pathOf(from))).resolve(href);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (!"localhost".equals(uri.getHost()) || uri.getPort() != -1 && uri.getPort() != 80) {
			return null;
		}
		String path = uri.getRawPath();
		if (path == null || path.isEmpty() || NOT_FOLLOWED.matcher(path).matches()) {
			return null;
		}
		String query = (uri.getRawQuery() == null) ? ""
				: List.of(uri.getRawQuery().split("&"))
					.stream()
					.filter((p) -> !p.isEmpty() && !p.startsWith("lang=") && !p.startsWith("_csrf="))
					.sorted()
					.collect(Collectors.joining("&"));
		return query.isEmpty() ? path : path + "?" + query;
	}

	private static String pathOf(String url) {
		int query = url.indexOf('?');
		return (query < 0) ? url : url.substring(0, query);
	}

	/** /tasks/12/edit?page=2&sort=x → /tasks/{n}/edit?page&sort */
	static String shape(String url) {
		String path = pathOf(url).replaceAll("/\\d+(?=/|$)", "/{n}");
		int query = url.indexOf('?');
		if (query < 0) {
			return path;
		}
		return path + "?"
				+ List.of(url.substring(query + 1).split("&"))
					.stream()
					.map((p) -> URLDecoder.decode(p.split("=", 2)[0], StandardCharsets.UTF_8))
					.distinct()
					.collect(Collectors.joining("&"));
	}

	private record Step(String url, int depth) {

	}

}
