package vn.hanoi.plantracker;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.report.AgencyReport;
import vn.hanoi.plantracker.report.AssignmentLine;
import vn.hanoi.plantracker.report.DrillDown;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.StatementCounter;
import vn.hanoi.plantracker.support.Volume;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Budgets that do not time anything: the statements a page costs do not grow with the
 * data, and no page grows past {@value #MAX_HTML_BYTES} bytes of HTML with it (nothing is
 * rendered that the user has not opened or paged to). The data is grown set-based inside
 * the test's transaction, which is rolled back. Each page is measured with its cached
 * results out of date (a data change just happened), so that every statement it can issue
 * is counted.
 */
@IntegrationTest
@Transactional
class PageBudgetTests {

	static final int MAX_HTML_BYTES = 150 * 1024;

	static final int AGENCY_ROWS_SHOWN = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StatementCounter statements;

	@Autowired
	Today today;

	@Autowired
	MutableClock clock;

	@PersistenceContext
	EntityManager entityManager;

	@Test
	void statementsPerPageAreTheSameWhateverTheVolume() throws Exception {
		Map<String, Long> before = statementsPerPage();
		int added = Volume.grow(this.fixtures.jdbc(), 3, this.today.date());
		assertThat(added).isGreaterThan(2000);
		Map<String, Long> after = statementsPerPage();
		assertThat(after).isEqualTo(before);
	}

	@Test
	void pagesStayUnderTheHtmlBudgetAtAFewThousandMoreAssignments() throws Exception {
		Volume.grow(this.fixtures.jdbc(), 3, this.today.date());
		for (Map.Entry<String, MockHttpServletRequestBuilder> page : pages().entrySet()) {
			if (page.getKey().startsWith("export") || page.getKey().startsWith("post")) {
				continue;
			}
			MvcResult result = this.mvc.perform(page.getValue()).andReturn();
			assertThat(result.getResponse().getStatus()).as(page.getKey()).isEqualTo(200);
			assertThat(result.getResponse().getContentAsByteArray().length).as(page.getKey())
				.isBetween(1000, MAX_HTML_BYTES);
		}
	}

	/**
	 * The agency page of an agency with well over a thousand assignments: each metric
	 * shows its first {@value #AGENCY_ROWS_SHOWN} rows and links to all of them (the
	 * drill-down of the same metric, agency, filters and past as-of day, whose first rows
	 * are the same), where it used to render up to 50 a metric, which alone would exceed
	 * the budget at this volume.
	 */
	@Test
	void agencyPageShowsTheFirstRowsOfEachMetricAndLinksToAllOfThem() throws Exception {
		long health = this.fixtures.jdbc().sql("select id from agency where code = 'SYT'").query(Long.class).single();
		int taskAgencies = this.fixtures.jdbc()
			.sql("select count(*) from task_agency where agency_id = :id")
			.param("id", health)
			.query(Integer.class)
			.single();
		Volume.grow(this.fixtures.jdbc(), 1 + 1300 / taskAgencies, this.today.date(), health);
		long plan = this.fixtures.jdbc()
			.sql("select id from plan order by issued_on desc, id desc limit 1")
			.query(Long.class)
			.single();
		// a past day on which the added assignments already existed: two days on
		LocalDate pastDay = this.today.date().plusDays(1);
		this.clock.setHanoiTime(pastDay.plusDays(1).atTime(10, 0));
		try {
			MvcResult result = this.mvc
				.perform(get("/reports/departments/" + health).param("plan", "" + plan)
					.param("kind", "DEPARTMENT")
					.param("asOf", pastDay.toString())
					.with(this.fixtures.as(this.fixtures.user("leader"))))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			String html = result.getResponse().getContentAsString();
			assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(MAX_HTML_BYTES);
			AgencyReport report = (AgencyReport) result.getModelAndView().getModel().get("report");
			assertThat(report.filter().asOf()).isEqualTo(pastDay);
			int rowsBefore = 0;
			int rowsNow = 0;
			int rowBytes = 0;
			for (Map.Entry<Metric, List<AssignmentLine>> metric : report.byMetric().entrySet()) {
				List<AssignmentLine> all = metric.getValue();
				String table = between(html, "id=\"table-" + metric.getKey() + "\"", "</table>");
				List<String> rows = Pattern.compile("<tr[ >].*?</tr>", Pattern.DOTALL)
					.matcher(between(table, "<tbody>", "</tbody>"))
					.results()
					.map(MatchResult::group)
					.toList();
				assertThat(rows).as(metric.getKey().name()).hasSize(Math.min(all.size(), AGENCY_ROWS_SHOWN));
				rowsNow += rows.size();
				rowBytes += rows.stream().mapToInt(String::length).sum();
				rowsBefore += Math.min(all.size(), 50);
				String link = "/reports/assignments?plan=" + plan + "&amp;kind=DEPARTMENT&amp;asOf=" + pastDay
						+ "&amp;metric=" + metric.getKey() + "&amp;scope=ALL&amp;agency=" + health;
				if (all.size() <= AGENCY_ROWS_SHOWN) {
					assertThat(html).doesNotContain(link + "\">Xem tất cả");
					continue;
				}
				assertThat(html).contains("<a href=\"" + link + "\">Xem tất cả " + all.size() + " nhiệm vụ (");
				DrillDown drill = (DrillDown) this.mvc
					.perform(get(link.replace("&amp;", "&")).with(this.fixtures.as(this.fixtures.user("leader"))))
					.andReturn()
					.getModelAndView()
					.getModel()
					.get("drill");
				assertThat(drill.total()).as(metric.getKey().name()).isEqualTo(all.size());
				assertThat(drill.lines().subList(0, AGENCY_ROWS_SHOWN)).extracting(AssignmentLine::id)
					.as(metric.getKey().name())
					.isEqualTo(all.subList(0, AGENCY_ROWS_SHOWN).stream().map(AssignmentLine::id).toList());
			}
			assertThat(report.byMetric().values().stream().filter((lines) -> lines.size() > 50).count())
				.as("metrics with more than a page of the old agency page")
				.isGreaterThanOrEqualTo(5);
			assertThat((long) rowsBefore * rowBytes / rowsNow).as("the rows the page rendered before alone")
				.isGreaterThan(MAX_HTML_BYTES);
		}
		finally {
			this.clock.reset();
		}
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return text.substring(from, text.indexOf(end, from));
	}

	/**
	 * A page viewed again before the data changes is served from the caches (its data and
	 * its rendered section): it costs only what every signed-in request costs (the data
	 * version, the account check, the unread count), whatever the page and the volume.
	 */
	@Test
	void aPageViewedAgainCostsOnlyTheRequestsOwnStatements() throws Exception {
		Volume.grow(this.fixtures.jdbc(), 3, this.today.date());
		Map<String, Long> again = new LinkedHashMap<>();
		for (Map.Entry<String, MockHttpServletRequestBuilder> page : pages().entrySet()) {
			String name = page.getKey();
			if (name.startsWith("export") || name.startsWith("post") || name.equals("dashboard group rows")
					|| name.startsWith("needs you")) {
				// exports are files, writes change the data; a group's rows are read when
				// opened; what waits on a user is read live each time (its statements are
				// still the same at any volume:
				// statementsPerPageAreTheSameWhateverTheVolume)
				continue;
			}
			statementsOf(name, page.getValue());
			this.entityManager.flush();
			this.entityManager.clear();
			this.statements.reset();
			assertThat(this.mvc.perform(page.getValue()).andReturn().getResponse().getStatus()).as(name).isEqualTo(200);
			again.put(name, this.statements.countWithoutSession());
		}
		// an opened group's rows are read when the group is opened (one statement more)
		assertThat(again).isNotEmpty()
			.allSatisfy((name, count) -> assertThat(count).as(name)
				.isEqualTo(name.equals("dashboard open group") ? 4L : 3L));
	}

	private Map<String, Long> statementsPerPage() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Map.Entry<String, MockHttpServletRequestBuilder> page : pages().entrySet()) {
			// background jobs (Spring Session's clean-up, event delivery) may run a
			// statement
			// during a request: a page is measured twice, the fewer counts (a write once)
			int times = page.getKey().startsWith("post") ? 1 : 2;
			long fewest = Long.MAX_VALUE;
			for (int i = 0; i < times; i++) {
				fewest = Math.min(fewest, statementsOf(page.getKey(), page.getValue()));
			}
			counts.put(page.getKey(), fewest);
		}
		return counts;
	}

	private long statementsOf(String name, MockHttpServletRequestBuilder request) throws Exception {
		// the requests share the test's transaction: each starts with nothing pending
		this.entityManager.flush();
		this.entityManager.clear();
		this.fixtures.jdbc()
			.sql("update data_version set version = nextval('data_version_seq'), structure = nextval('data_version_seq')")
			.update();
		this.statements.reset();
		int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).as(name).isIn(200, 302);
		// sessions live in PostgreSQL: their statements depend on the requests before,
		// not on the data, so they are left out of the comparison
		return this.statements.countWithoutSession();
	}

	/**
	 * An open assignment of the Health department in progress, set up by the test (the
	 * demo data changes with the day): a new one each time the pages are listed, so that
	 * the post finds the same state before and after the volume grows; the test's
	 * transaction undoes it.
	 */
	private long writableAssignment() {
		long id = this.fixtures.freshAssignment("SYT", this.today.date());
		assertThat(this.fixtures.assignmentRow(id).get("closed_at")).as("open").isNull();
		this.fixtures.jdbc()
			.sql("update assignment set status = 'IN_PROGRESS', percent_complete = 20 where id = :id")
			.param("id", id)
			.update();
		return id;
	}

	/** Every page the budget covers, as its usual user opens it. */
	private Map<String, MockHttpServletRequestBuilder> pages() {
		PlanUser coordinator = this.fixtures.user("coordinator");
		PlanUser leader = this.fixtures.user("leader");
		PlanUser officer = this.fixtures.user("officer.health");
		long health = this.fixtures.jdbc().sql("select id from agency where code = 'SYT'").query(Long.class).single();
		long writable = writableAssignment();
		String pastDay = this.today.date().minusDays(60).toString();
		Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
		pages.put("dashboard", get("/coordinator/overdue").with(this.fixtures.as(coordinator)));
		pages.put("dashboard filtered",
				get("/coordinator/overdue").param("kind", "LOCAL_AUTHORITY")
					.param("sort", "count")
					.param("dir", "desc")
					.with(this.fixtures.as(coordinator)));
		pages.put("dashboard due soon",
				get("/coordinator/overdue").param("view", "dueSoon").with(this.fixtures.as(coordinator)));
		pages.put("dashboard open group",
				get("/coordinator/overdue").param("open", "" + health).with(this.fixtures.as(coordinator)));
		pages.put("dashboard group rows",
				get("/coordinator/overdue/group/" + health).with(this.fixtures.as(coordinator)));
		pages.put("review queue", get("/coordinator/review").with(this.fixtures.as(coordinator)));
		pages.put("departments", get("/reports/departments").with(this.fixtures.as(leader)));
		pages.put("summary", get("/reports/summary").with(this.fixtures.as(leader)));
		pages.put("summary as of a past day",
				get("/reports/summary").param("asOf", pastDay).with(this.fixtures.as(leader)));
		pages.put("agency page", get("/reports/departments/" + health).with(this.fixtures.as(leader)));
		pages.put("needs you officer", get("/needs-you").with(this.fixtures.as(officer)));
		pages.put("needs you coordinator", get("/needs-you").with(this.fixtures.as(coordinator)));
		pages.put("needs you leader", get("/needs-you").with(this.fixtures.as(leader)));
		for (String export : List.of("/reports/departments.xlsx", "/reports/summary.xlsx", "/reports/summary.pdf",
				"/reports/plan-annex.docx")) {
			pages.put("export " + export, get(export).with(this.fixtures.as(leader)));
		}
		pages.put("post progress",
				post("/assignments/" + writable + "/progress").param("version", "" + this.fixtures.version(writable))
					.param("status", "IN_PROGRESS")
					.param("percent", "60")
					.param("note", "Đang triển khai")
					.with(this.fixtures.as(officer))
					.with(csrf()));
		return pages;
	}

}
