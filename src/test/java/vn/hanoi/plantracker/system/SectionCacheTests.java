package vn.hanoi.plantracker.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rendered page sections kept under the data version: a second view renders nothing,
 * yet every viewer gets forms with the own session's CSRF token, sees what the own role
 * and language show, and a change of the data shows at once.
 */
@IntegrationTest
class SectionCacheTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Today today;

	@Autowired
	ReadCaches caches;

	@Autowired
	vn.hanoi.plantracker.support.StatementCounter statements;

	@Test
	void aSecondViewRendersNothingAndItsFormsCarryTheViewersOwnToken() throws Exception {
		PlanUser coordinator = this.fixtures.user("coordinator");
		bumpDataVersion();
		Browser first = new Browser();
		Browser second = new Browser();
		String firstPage = page("/coordinator/overdue", coordinator, first);
		double rendered = rendered();
		String secondPage = page("/coordinator/overdue", coordinator, second);
		assertThat(rendered()).as("the second view came from the cache").isEqualTo(rendered);

		assertThat(firstPage).doesNotContain(SectionCache.TOKEN_PLACEHOLDER).contains("id=\"bulk-reminder\"");
		assertThat(secondPage).doesNotContain(SectionCache.TOKEN_PLACEHOLDER);
		String secondToken = sectionToken(secondPage);
		assertThat(secondToken).isNotEqualTo(sectionToken(firstPage));
		// the token in the cached section is the second session's own: its form posts go
		// through (a reminder with nothing chosen is refused with a message, not a 403)
		int status = this.mvc
			.perform(post("/coordinator/reminders").cookie(second.cookie)
				.with(this.fixtures.as(coordinator))
				.param("_csrf", secondToken)
				.param("returnTo", "/coordinator/overdue")
				.param("message", "x"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(302);
		int forged = this.mvc
			.perform(post("/coordinator/reminders").cookie(first.cookie)
				.with(this.fixtures.as(coordinator))
				.param("_csrf", "not-" + secondToken)
				.param("returnTo", "/coordinator/overdue")
				.param("message", "x"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(forged).isEqualTo(403);
	}

	@Test
	void eachRoleAndLanguageHasItsOwnSection() throws Exception {
		bumpDataVersion();
		PlanUser leader = this.fixtures.user("leader");
		PlanUser coordinator = this.fixtures.user("coordinator");
		String leaderPage = page("/coordinator/overdue", leader, new Browser());
		String coordinatorPage = page("/coordinator/overdue", coordinator, new Browser());
		// the leader reads the dashboard without the reminder controls
		assertThat(leaderPage).contains("id=\"dashboard-counts\"").doesNotContain("id=\"bulk-reminder\"");
		assertThat(coordinatorPage).contains("id=\"bulk-reminder\"");

		String english = page("/reports/departments?lang=en", leader, new Browser());
		String vietnamese = page("/reports/departments?lang=vi", leader, new Browser());
		assertThat(english).contains("<h1 class=\"h3\">Department progress</h1>");
		assertThat(vietnamese).doesNotContain("<h1 class=\"h3\">Department progress</h1>");
	}

	@Test
	void aChangeOfTheDataShowsAtOnce() throws Exception {
		PlanUser coordinator = this.fixtures.user("coordinator");
		long agency = this.fixtures.jdbc().sql("select id from agency where code = 'SYT'").query(Long.class).single();
		String name = this.fixtures.jdbc()
			.sql("select name_en from agency where id = :id")
			.param("id", agency)
			.query(String.class)
			.single();
		String renamed = name + " (renamed by SectionCacheTests)";
		try {
			// the dashboard names agencies as they are called today (its filter lists
			// them all)
			String before = page("/coordinator/overdue?lang=en", coordinator, new Browser());
			assertThat(before).contains(name).doesNotContain(renamed);
			this.fixtures.jdbc()
				.sql("update agency set name_en = :name where id = :id")
				.param("name", renamed)
				.param("id", agency)
				.update();
			String after = page("/coordinator/overdue?lang=en", coordinator, new Browser());
			assertThat(after).contains(renamed);
		}
		finally {
			this.fixtures.jdbc()
				.sql("update agency set name_en = :name where id = :id")
				.param("name", name)
				.param("id", agency)
				.update();
		}
	}

	@Test
	void aRenamedUserShowsInTheReviewQueueAtOnce() throws Exception {
		PlanUser coordinator = this.fixtures.user("coordinator");
		page("/coordinator/review", coordinator, new Browser());
		double rendered = rendered();
		page("/coordinator/review", coordinator, new Browser());
		assertThat(rendered()).isEqualTo(rendered);
		// a user's name shows on the queue (who submitted, returned, uploaded): V143
		// makes
		// its change a change of the data
		String fullName = this.fixtures.jdbc()
			.sql("select full_name from app_user where username = 'coordinator'")
			.query(String.class)
			.single();
		try {
			this.fixtures.jdbc()
				.sql("update app_user set full_name = full_name || ' (x)' where username = 'coordinator'")
				.update();
			page("/coordinator/review", coordinator, new Browser());
			assertThat(rendered()).isEqualTo(rendered + 1);
		}
		finally {
			this.fixtures.jdbc()
				.sql("update app_user set full_name = :name where username = 'coordinator'")
				.param("name", fullName)
				.update();
		}
	}

	@Test
	void theNavigationBarIsEachViewersOwnAndShowsANewNotificationAtOnce() throws Exception {
		PlanUser health = this.fixtures.user("officer.health");
		PlanUser leader = this.fixtures.user("leader");
		String officerPage = page("/plans", health, new Browser());
		String leaderPage = page("/plans", leader, new Browser());
		assertThat(navigation(officerPage)).contains(health.getFullName()).doesNotContain(leader.getFullName());
		assertThat(navigation(leaderPage)).contains(leader.getFullName()).doesNotContain(health.getFullName());

		long unread = unread(health);
		this.fixtures.jdbc()
			.sql("""
					insert into notification (recipient_id, kind, subject, created_at)
					select id, 'REMINDER', 'SectionCacheTests', now() from app_user where username = 'officer.health'""")
			.update();
		try {
			// no data version changed: the unread count is part of the navigation's key
			String after = page("/plans", health, new Browser());
			assertThat(navigation(after)).contains("id=\"unread-count\">" + (unread + 1) + "<");
		}
		finally {
			this.fixtures.jdbc().sql("delete from notification where subject = 'SectionCacheTests'").update();
		}
	}

	/**
	 * An officer's save changes its own agency's and plan's pages and leaves another
	 * agency's report cached: neither its section rendered again nor its report read
	 * again (the report costs the statements of a view from the cache).
	 */
	@Test
	void aSaveChangesOnlyItsOwnAgencysAndPlansPages() throws Exception {
		String saving = this.fixtures.unusedCommune();
		String other = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(saving);
		long assignment = this.fixtures.freshAssignment(saving);
		long plan = planOf(assignment);
		String savingReport = "/reports/departments/" + agencyId(saving) + "?plan=" + plan;
		String otherReport = "/reports/departments/" + agencyId(other) + "?plan=" + plan;
		String planReport = "/reports/departments?plan=" + plan;
		PlanUser leader = this.fixtures.user("leader");
		for (String url : java.util.List.of(savingReport, otherReport, planReport)) {
			page(url, leader, new Browser());
		}
		double rendered = rendered();
		this.statements.reset();
		page(otherReport, leader, new Browser());
		long fromCache = this.statements.countWithoutSession();
		page(savingReport, leader, new Browser());
		page(planReport, leader, new Browser());
		assertThat(rendered()).as("all three kept").isEqualTo(rendered);

		saveProgress(officer, assignment, 40, "SectionCacheTests");

		this.statements.reset();
		page(otherReport, leader, new Browser());
		assertThat(this.statements.countWithoutSession()).as("another agency's report: from the cache")
			.isEqualTo(fromCache);
		assertThat(rendered()).as("another agency's section: from the cache").isEqualTo(rendered);

		this.statements.reset();
		page(savingReport, leader, new Browser());
		assertThat(this.statements.countWithoutSession()).as("the saving agency's report: read again")
			.isGreaterThan(fromCache);
		assertThat(rendered()).as("the saving agency's section: rendered again").isEqualTo(rendered + 1);
		page(planReport, leader, new Browser());
		assertThat(rendered()).as("the plan's departments: rendered again").isEqualTo(rendered + 2);
	}

	/**
	 * A report as of a day that has ended never changes afterwards: an officer's save
	 * leaves the saving agency's and the plan's reports of that day cached (their data
	 * not read again), where today's are read again.
	 */
	@Test
	void aSaveLeavesThePastDaysReportsOfItsAgencyAndPlanCached() throws Exception {
		String saving = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(saving);
		long assignment = this.fixtures.freshAssignment(saving);
		long plan = planOf(assignment);
		String yesterday = this.today.date().minusDays(1).toString();
		String pastReport = "/reports/departments/" + agencyId(saving) + "?plan=" + plan + "&asOf=" + yesterday;
		String pastSummary = "/reports/summary?plan=" + plan + "&asOf=" + yesterday;
		String todaysSummary = "/reports/summary?plan=" + plan;
		PlanUser leader = this.fixtures.user("leader");
		for (String url : java.util.List.of(pastReport, pastSummary, todaysSummary)) {
			page(url, leader, new Browser());
		}
		long kept = reportReads();
		page(pastReport, leader, new Browser());
		page(pastSummary, leader, new Browser());
		page(todaysSummary, leader, new Browser());
		assertThat(reportReads()).as("viewed again: from the cache").isEqualTo(kept);

		saveProgress(officer, assignment, 45, "SectionCacheTests, as of yesterday");

		page(pastReport, leader, new Browser());
		page(pastSummary, leader, new Browser());
		assertThat(reportReads()).as("yesterday's agency report and summary after the save: from the cache")
			.isEqualTo(kept);
		page(todaysSummary, leader, new Browser());
		assertThat(reportReads()).as("today's summary after the save: read again").isEqualTo(kept + 1);
	}

	/** An officer's progress save through the form, answered with a redirect. */
	private void saveProgress(PlanUser officer, long assignment, int percent, String note) throws Exception {
		int status = this.mvc
			.perform(post("/assignments/{id}/progress", assignment)
				.param("version", "" + this.fixtures.version(assignment))
				.param("status", "IN_PROGRESS")
				.param("percent", "" + percent)
				.param("note", note)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(this.fixtures.as(officer)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(302);
	}

	private long planOf(long assignment) {
		return this.fixtures.jdbc()
			.sql("select k.plan_id from assignment a join task t on t.id = a.task_id "
					+ "join key_area k on k.id = t.key_area_id where a.id = :id")
			.param("id", assignment)
			.query(Long.class)
			.single();
	}

	/** How many times the reports' cache read a report from the database. */
	private long reportReads() {
		return this.caches.loads().get("reports");
	}

	private long agencyId(String code) {
		return this.fixtures.jdbc()
			.sql("select id from agency where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

	private long unread(PlanUser user) {
		return this.fixtures.jdbc()
			.sql("select count(*) from notification where recipient_id = :id and read_at is null")
			.param("id", user.getId())
			.query(Long.class)
			.single();
	}

	private static String navigation(String page) {
		return page.substring(page.indexOf("<header"), page.indexOf("</header>"));
	}

	private String page(String url, PlanUser user, Browser browser) throws Exception {
		var request = get(url).with(this.fixtures.as(user));
		if (browser.cookie != null) {
			request.cookie(browser.cookie);
		}
		var response = this.mvc.perform(request).andReturn().getResponse();
		if (response.getCookie("SESSION") != null) {
			browser.cookie = response.getCookie("SESSION");
		}
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	/** The token of the first form inside the section (after the page's own meta tag). */
	private static String sectionToken(String page) {
		Matcher matcher = TOKEN.matcher(page.substring(page.indexOf("<main")));
		assertThat(matcher.find()).as("a form with a CSRF token in the section").isTrue();
		return matcher.group(1);
	}

	/**
	 * A browser: its session (where its CSRF token lives) is in PostgreSQL, it holds the
	 * cookie.
	 */
	private static final class Browser {

		Cookie cookie;

	}

	private double rendered() {
		return this.meters.get("plantracker.sections.rendered").tag("kind", "shared").counter().count();
	}

	private void bumpDataVersion() {
		this.fixtures.jdbc()
			.sql("update data_version set version = nextval('data_version_seq'), structure = nextval('data_version_seq')")
			.update();
	}

}
