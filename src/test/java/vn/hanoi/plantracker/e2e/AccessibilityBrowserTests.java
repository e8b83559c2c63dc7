package vn.hanoi.plantracker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page type, for each role, at desktop (1280 px) and phone (390 px) width: axe-core
 * finds no serious or critical violation of WCAG 2.2 AA, the page never scrolls sideways
 * on a phone, and the cells a user needs are on screen. One browser for all roles, so the
 * suite stays fast; screenshots of each page at both widths go to
 * {@code target/e2e-screenshots/a11y-*}, and the page heights at 390 px to
 * {@code target/e2e-screenshots/page-heights-390.tsv}.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTests {

	private static final String PASSWORD = "demo-plan-133";

	private static final long PHONE_HEIGHT_BUDGET = 8_000;

	private static final int MAX_PAGES_PER_ROLE = 80;

	private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Browser browser;

	private final Map<String, Long> phoneHeights = new LinkedHashMap<>();

	@BeforeAll
	void openBrowser() {
		this.browser = new Browser("http://localhost:" + this.port);
	}

	@AfterAll
	void closeBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.close();
		}
		StringBuilder tsv = new StringBuilder("page\theight_px_at_390\n");
		this.phoneHeights.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach((e) -> tsv.append(e.getKey()).append('\t').append(e.getValue()).append('\n'));
		Files.writeString(Path.of("target/e2e-screenshots/page-heights-390.tsv"), tsv);
	}

	@Test
	void officerPagesAreAccessibleOnDesktopAndPhone() {
		long assignment = id("""
				select a.id from assignment a join agency g on g.id = a.agency_id
				where g.code = 'SYT' order by a.due_date, a.id limit 1""");
		long agency = id("select id from agency where code = 'SYT'");
		long task = id("select task_id from assignment where id = " + assignment);
		long plan = id("select id from plan order by id limit 1");
		SoftAssertions softly = new SoftAssertions();
		signIn("officer.health");
		check(softly, "officer-my-assignments", "/my/assignments", "#my-assignments tbody tr:first-child a",
				"#my-assignments tbody tr:first-child .badge-status",
				"#my-assignments tbody tr:first-child .text-nowrap-date");
		check(softly, "officer-assignment", "/assignments/" + assignment, "#assignment-state .badge-status");
		check(softly, "officer-plans", "/plans");
		check(softly, "officer-plan", "/plans/" + plan);
		check(softly, "officer-task", "/tasks/" + task);
		check(softly, "officer-departments", "/reports/departments");
		check(softly, "officer-agency-report", "/reports/departments/" + agency);
		check(softly, "officer-notifications", "/notifications");
		check(softly, "officer-needs-you", "/needs-you", "#needs-returned .card-header", "#needs-overdue .card-header");
		check(softly, "officer-tokens", "/account/tokens");
		check(softly, "officer-plan-area", "/plans/" + plan + "?area=1");
		check(softly, "officer-not-found", "/assignments/999999999");
		softly.assertAll();
	}

	@Test
	void coordinatorPagesAreAccessibleOnDesktopAndPhone() {
		// an assignment of the task given to the most agencies: the city-wide sibling
		// list
		long cityWide = id("""
				select min(a.id) from assignment a join (
				  select task_id, period from assignment group by task_id, period
				  order by count(*) desc, task_id limit 1) w on w.task_id = a.task_id and w.period = a.period""");
		long task = id("select task_id from assignment where id = " + cityWide);
		long area = id("select key_area_id from task where id = " + task);
		long calendar = id("select min(id) from reporting_calendar");
		SoftAssertions softly = new SoftAssertions();
		signIn("coordinator");
		check(softly, "coordinator-overdue", "/coordinator/overdue");
		check(softly, "coordinator-review", "/coordinator/review");
		check(softly, "coordinator-extensions", "/coordinator/extensions");
		check(softly, "coordinator-attention", "/coordinator/attention");
		check(softly, "coordinator-city-wide-assignment", "/assignments/" + cityWide);
		check(softly, "coordinator-task-edit", "/tasks/" + task + "/edit");
		check(softly, "coordinator-task-new", "/tasks/new?area=" + area);
		check(softly, "coordinator-summary", "/reports/summary", "#kpi-due a",
				"#upcoming tbody tr:first-child td.card-title-cell");
		check(softly, "coordinator-calendar", "/rounds/calendar", "#calendar tbody tr:first-child a");
		check(softly, "coordinator-calendar-entry", "/rounds/calendar/" + calendar, "#dueDay", "#openDaysBefore");
		check(softly, "coordinator-notifications", "/notifications");
		check(softly, "coordinator-needs-you", "/needs-you", "#needs-review .card-header");
		softly.assertAll();
	}

	@Test
	void leaderAndAdministratorPagesAreAccessibleOnDesktopAndPhone() {
		long user = id("select id from app_user where username = 'officer.health'");
		long agency = id("select id from agency where code = 'SYT'");
		SoftAssertions softly = new SoftAssertions();
		this.browser.driver().manage().deleteAllCookies();
		check(softly, "anonymous-login", "/login");
		long plan = id("select id from plan order by id limit 1");
		signIn("leader");
		check(softly, "leader-summary", "/reports/summary");
		check(softly, "leader-summary-en", "/reports/summary?lang=en");
		check(softly, "leader-needs-you", "/needs-you", "#needs-approvals .card-header");
		check(softly, "leader-all-plans", "/reports/plans");
		check(softly, "leader-plan", "/plans/" + plan);
		check(softly, "leader-attention", "/coordinator/attention");
		check(softly, "leader-departments", "/reports/departments");
		check(softly, "leader-agency-report", "/reports/departments/" + agency);
		check(softly, "leader-rounds", "/rounds");
		check(softly, "leader-notifications", "/notifications");
		check(softly, "leader-tokens", "/account/tokens");
		check(softly, "leader-needs-you-en", "/needs-you?lang=en");
		signIn("admin");
		check(softly, "admin-users", "/admin/users");
		check(softly, "admin-user", "/admin/users/" + user);
		check(softly, "admin-user-new", "/admin/users/new");
		check(softly, "admin-agencies", "/admin/agencies");
		check(softly, "admin-agency", "/admin/agencies/" + agency);
		check(softly, "admin-agency-new", "/admin/agencies/new");
		softly.assertAll();
	}

	/**
	 * Walks every kind of page each role can reach by following links from the home page,
	 * at phone width (390 px): no page taller than {@value #PHONE_HEIGHT_BUDGET} px with
	 * the demo data and the long lists the rest of the suite leaves
	 * ({@link PhoneWorstCase}, made first: 65 notifications, a plan area of 45 tasks, a
	 * dozen more plans, tokens), none that scrolls sideways, no message key ({@code ??})
	 * and no Whitelabel page. A kind of page is its path with the numbers taken out and
	 * the names of its query parameters; the first link of each kind is followed. The
	 * heights go to {@code target/e2e-screenshots/crawl-heights-390.tsv}.
	 */
	@Test
	void everyPageOfEveryRoleFitsAPhone() throws IOException {
		List<String> roles = List.of("officer.health", "coordinator", "leader", "admin");
		// the long lists the rest of the suite leaves behind, made now so that the walk
		// meets them even when it runs alone
		PhoneWorstCase.make(this.jdbc, roles);
		SoftAssertions softly = new SoftAssertions();
		StringBuilder tsv = new StringBuilder("role\tpage\theight_px_at_390\n");
		long plan = id("select id from plan order by id limit 1");
		// the longest lists of the demo data, whichever link the walk happens to meet
		// first
		List<String> longest = List.of("/reports/assignments?plan=" + plan + "&metric=OVERDUE",
				"/reports/assignments?plan=" + plan + "&metric=TOTAL&scope=ALL", "/reports/departments?plan=" + plan,
				"/coordinator/attention", "/coordinator/review", "/coordinator/overdue", "/plans/" + plan,
				"/notifications", "/account/tokens", "/reports/summary?plan=" + plan);
		for (String role : roles) {
			this.browser.driver().manage().window().setSize(new Dimension(1280, 900));
			signIn(role);
			this.browser.driver().manage().window().setSize(new Dimension(390, 844));
			crawl(softly, role, longest, tsv);
		}
		this.browser.driver().manage().window().setSize(new Dimension(1280, 900));
		Files.writeString(Path.of("target/e2e-screenshots/crawl-heights-390.tsv"), tsv);
		softly.assertAll();
	}

	private void crawl(SoftAssertions softly, String role, List<String> seeds, StringBuilder tsv) {
		JavascriptExecutor js = this.browser.driver();
		java.util.Deque<String> queue = new java.util.ArrayDeque<>(List.of("/"));
		java.util.Set<String> kinds = new java.util.HashSet<>();
		kinds.add(kind("/"));
		java.util.Set<String> seen = new java.util.HashSet<>(queue);
		for (String seed : seeds) {
			if (seen.add(seed)) {
				queue.addLast(seed);
				kinds.add(kind(seed));
			}
		}
		int visited = 0;
		while (!queue.isEmpty() && visited < MAX_PAGES_PER_ROLE) {
			String path = queue.removeFirst();
			this.browser.open(path);
			visited++;
			String where = role + " " + path;

			@SuppressWarnings("unchecked")
			Map<String, Object> page = (Map<String, Object>) js.executeScript(
					"""
							return {height: document.documentElement.scrollHeight,
							        wide: document.documentElement.scrollWidth > window.innerWidth,
							        // what sticks out: the elements past the right edge that no scrolling box clips
							        outside: Array.from(document.querySelectorAll('body *')).filter(function (e) {
							          var r = e.getBoundingClientRect();
							          if (r.width === 0 || r.right <= window.innerWidth + 1) return false;
							          for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
							            if (getComputedStyle(p).overflowX !== 'visible') return false;
							          }
							          return true;
							        }).slice(-3).map(function (e) {
							          return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
							            + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
							            + ' ' + Math.round(e.getBoundingClientRect().right) + 'px';
							        }).join(' | '),
							        text: document.body ? document.body.innerText : '',
							        path: location.pathname + location.search,
							        links: Array.from(document.querySelectorAll('a[href]'))
							          .filter(a => a.origin === location.origin)
							          .map(a => a.pathname + a.search)};""");
			long height = ((Number) page.get("height")).longValue();
			String text = (String) page.get("text");
			tsv.append(role).append('\t').append(path).append('\t').append(height).append('\n');
			softly.assertThat(height).as(where + ": page height at 390 px").isLessThanOrEqualTo(PHONE_HEIGHT_BUDGET);
			softly.assertThat((Boolean) page.get("wide"))
				.as(where + ": page wider than the phone screen: " + page.get("outside"))
				.isFalse();
			softly.assertThat(text).as(where + ": a message key reached the page").doesNotContain("??");
			softly.assertThat(text).as(where + ": Spring's own error page").doesNotContain("Whitelabel");
			@SuppressWarnings("unchecked")
			List<String> links = (List<String>) page.get("links");
			for (String link : links) {
				if (followable(link) && kinds.add(kind(link))) {
					queue.addLast(link);
				}
			}
		}
		softly.assertThat(visited).as(role + ": pages walked").isGreaterThan(5);
	}

	/** Pages, not downloads, sign-out, language switches or evidence files. */
	private static boolean followable(String link) {
		return !link.startsWith("/logout") && !link.contains("lang=") && !link.startsWith("/evidence/")
				&& !link.startsWith("/webjars/") && !link.startsWith("/css/") && !link.startsWith("/js/")
				&& !link.matches(".*\\.(xlsx|pdf|docx|zip|ico|svg)(\\?.*)?$") && !link.matches(".*/files/\\d+.*")
				&& !link.startsWith("/notifications/");
	}

	/**
	 * The kind of page a link opens: its path without numbers and its parameters' names.
	 */
	private static String kind(String link) {
		int q = link.indexOf('?');
		String path = ((q < 0) ? link : link.substring(0, q)).replaceAll("/\\d+", "/{n}");
		java.util.SortedSet<String> names = new java.util.TreeSet<>();
		if (q >= 0) {
			for (String pair : link.substring(q + 1).split("&")) {
				names.add(pair.split("=", 2)[0]);
			}
		}
		names.remove("page");
		return path + names;
	}

	private void signIn(String username) {
		this.browser.driver().manage().deleteAllCookies();
		LoginPage.open(this.browser).signIn(username, PASSWORD);
	}

	/**
	 * Opens the page at 1280 px and at 390 px; at each width runs axe, and at 390 px
	 * checks the page does not scroll sideways and the given elements are fully on
	 * screen.
	 */
	private void check(SoftAssertions softly, String name, String path, String... keyCells) {
		JavascriptExecutor js = this.browser.driver();
		for (int width : new int[] { 1280, 390 }) {
			this.browser.driver().manage().window().setSize(new Dimension(width, (width == 390) ? 844 : 900));
			this.browser.open(path);
			String step = "a11y-" + name + "-" + width;
			for (String violation : seriousViolations()) {
				softly.fail(step + ": " + violation);
			}
			if (width == 1280) {
				Boolean navOnOneLine = (Boolean) js.executeScript("""
						var n = document.querySelector('nav.navbar');
						if (!n) return true;
						var r = n.getBoundingClientRect();
						var last = n.querySelector('#user-menu-button').getBoundingClientRect();
						return r.height < 70 && last.bottom <= r.bottom && last.right <= window.innerWidth;""");
				softly.assertThat(navOnOneLine).as(step + ": navigation bar on one line, user menu inside it").isTrue();
			}
			if (width == 390) {
				Boolean overflow = (Boolean) js
					.executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
				softly.assertThat(overflow).as(step + ": page wider than the phone screen").isFalse();
				for (String cell : keyCells) {
					Boolean onScreen = (Boolean) js.executeScript("""
							var e = document.querySelector(arguments[0]);
							if (!e) return false;
							var r = e.getBoundingClientRect();
							return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= window.innerWidth;""",
							cell);
					softly.assertThat(onScreen).as(step + ": " + cell + " visible without sideways scrolling").isTrue();
				}
				this.phoneHeights.put(name,
						((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue());
			}
			this.browser.screenshot(step);
		}
		this.browser.driver().manage().window().setSize(new Dimension(1280, 900));
	}

	private List<String> seriousViolations() {
		Results results = new AxeBuilder().withTags(WCAG_AA).analyze(this.browser.driver());
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
				rule.getNodes()
					.stream()
					.limit(5)
					.forEach((node) -> found.add(rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget()
							+ ": " + node.getFailureSummary()));
			}
		}
		return found;
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	static {
		try {
			Files.createDirectories(Path.of("target/e2e-screenshots"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
