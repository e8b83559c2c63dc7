package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import vn.hanoi.plantracker.standing.Counts;

/**
 * Every number of the department report and the leadership summary, on a hand-built
 * fixture (see {@link ReportFixture}) selected by its own key area, today (15 March 2026)
 * and as of several past days.
 */
@IntegrationTest
class ReportTests {

	private static final LocalDate TODAY = ReportFixture.TODAY;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoUsers users;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	StatementCounter statements;

	private ReportFixture fixture;

	@BeforeEach
	void fixtureAndToday() {
		this.fixture = ReportFixture.on(this.jdbc);
		this.clock.setHanoiTime(LocalDateTime.of(2026, 3, 15, 10, 0));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	// Counts: total, due, on time, late, awaiting review, overdue, done early, in
	// progress
	// on time, not yet due, most days overdue, extended, due in the next 30 days

	@Test
	void departmentCountsAreExactToday() throws Exception {
		DepartmentReport report = departments("leader", this.fixture.query(null));
		assertThat(report.filter().asOf()).isEqualTo(TODAY);
		// A: R.1 on time (sent 20/1), R.2 in progress due 31/3, R.3 not started due 30/4.
		// B: R.1 sent ten minutes into 1/2 for 31/1 (late), R.2 returned and due 1/3
		// (overdue), R.3 on time, R.4 submitted and due 20/3 (not yet due).
		// C: R.1 overdue since 31/1, R.2 due on 15/3 itself: today has not ended, so its
		// deadline has not passed: in progress within the deadline and due soon (the
		// dashboard counts it the same way; as of 15/3 seen from a later day, it is due).
		assertThat(byCode(report)).containsExactly(Map.entry("RPT-A", new Counts(3, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1)),
				Map.entry("RPT-B", new Counts(4, 3, 1, 1, 0, 1, 0, 1, 0, 14, 0, 1)),
				Map.entry("RPT-C", new Counts(2, 1, 0, 0, 0, 1, 0, 1, 0, 43, 0, 1)));
		// on-time rate over the due set: B's 1 of 3 is red (it was 50 % "of completed")
		assertThat(report.rows()).extracting(DepartmentRow::rag)
			.containsExactly(RagRating.GREEN, RagRating.RED, RagRating.RED);
		assertThat(report.rows()).extracting((row) -> row.counts().completionPercent()).containsExactly(33, 50, 0);
		assertThat(report.rows()).extracting((row) -> row.counts().onTimeRate()).containsExactly(100, 33, 0);
		assertThat(report.total()).isEqualTo(new Counts(9, 5, 2, 1, 0, 2, 0, 3, 1, 43, 0, 3));
		assertThat(report.total().completionPercent()).isEqualTo(33);
		// 2 on time of the 5 whose deadline has passed (C.R.2, due today, is not among
		// them)
		assertThat(report.total().onTimeRate()).isEqualTo(40);
		assertThat(report.totalRag()).isEqualTo(RagRating.RED);
		assertThat(report.requestedRows()).isEmpty();
	}

	@Test
	void asOfReconstructsEachPastDayFromTheHistoryInHanoiTime() throws Exception {
		// 31 Jan, as at its end: B's submission ten minutes into 1 Feb (Hanoi) is not
		// counted yet, so B.R.1, due that day, is overdue (0 days), as is C.R.1
		DepartmentReport jan31 = departments("coordinator", this.fixture.query(LocalDate.of(2026, 1, 31)));
		assertThat(byCode(jan31)).containsExactly(Map.entry("RPT-A", new Counts(3, 1, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0)),
				Map.entry("RPT-B", new Counts(4, 1, 0, 0, 0, 1, 0, 1, 2, 0, 0, 2)),
				Map.entry("RPT-C", new Counts(2, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0)));
		assertThat(jan31.total()).isEqualTo(new Counts(9, 3, 1, 0, 0, 2, 0, 1, 5, 0, 0, 2));
		assertThat(jan31.totalRag()).isEqualTo(RagRating.RED);

		// 1 Feb: B.R.1 was submitted and awaits review: not overdue, but not on time yet
		// either, so B's rate is 0 of 1
		DepartmentReport feb1 = departments("coordinator", this.fixture.query(LocalDate.of(2026, 2, 1)));
		assertThat(byCode(feb1)).containsExactly(Map.entry("RPT-A", new Counts(3, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0)),
				Map.entry("RPT-B", new Counts(4, 1, 0, 0, 1, 0, 0, 1, 2, 0, 0, 2)),
				Map.entry("RPT-C", new Counts(2, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0)));
		assertThat(feb1.rows()).extracting(DepartmentRow::rag)
			.containsExactly(RagRating.GREEN, RagRating.RED, RagRating.RED);

		DepartmentReport feb28 = departments("coordinator", this.fixture.query(LocalDate.of(2026, 2, 28)));
		assertThat(byCode(feb28)).containsExactly(Map.entry("RPT-A", new Counts(3, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0)),
				Map.entry("RPT-B", new Counts(4, 2, 1, 1, 0, 0, 0, 1, 1, 0, 0, 2)),
				Map.entry("RPT-C", new Counts(2, 1, 0, 0, 0, 1, 0, 0, 1, 28, 0, 1)));
		// an on-time rate of exactly 50% is amber; C's 0 % is red
		assertThat(feb28.rows()).extracting(DepartmentRow::rag)
			.containsExactly(RagRating.GREEN, RagRating.AMBER, RagRating.RED);
		assertThat(feb28.total()).isEqualTo(new Counts(9, 4, 2, 1, 0, 1, 0, 2, 3, 28, 0, 3));

		// the same day gives the same numbers, whenever it is asked for
		this.clock.setHanoiTime(LocalDateTime.of(2026, 6, 30, 17, 0));
		assertThat(departments("coordinator", this.fixture.query(LocalDate.of(2026, 2, 28)))).isEqualTo(feb28);
	}

	@Test
	void anAsOfDateInTheFutureMeansToday() throws Exception {
		DepartmentReport report = departments("leader", this.fixture.query(LocalDate.of(2027, 1, 1)));
		assertThat(report.filter().asOf()).isEqualTo(TODAY);
		assertThat(report.total()).isEqualTo(new Counts(9, 5, 2, 1, 0, 2, 0, 3, 1, 43, 0, 3));
	}

	@Test
	void columnsSortByWhitelistedKeysAndTheTotalStaysLast() throws Exception {
		// C.R.2, due today, is not overdue before the day ends: C 1 and B 1 (agency
		// order), A 0; as of the end of 15/3, seen the next day, C has 2
		assertThat(codes(departments("leader", this.fixture.query(null) + "&sort=OVERDUE&desc=true")))
			.containsExactly("RPT-B", "RPT-C", "RPT-A");
		this.clock.setHanoiTime(LocalDateTime.of(2026, 3, 16, 8, 0));
		assertThat(codes(departments("leader", this.fixture.query(TODAY) + "&sort=OVERDUE&desc=true")))
			.containsExactly("RPT-C", "RPT-B", "RPT-A");
		this.clock.setHanoiTime(LocalDateTime.of(2026, 3, 15, 10, 0));
		assertThat(codes(departments("leader", this.fixture.query(null) + "&sort=ON_TIME_RATE&desc=true")))
			.containsExactly("RPT-A", "RPT-B", "RPT-C");
		assertThat(codes(departments("leader", this.fixture.query(null) + "&sort=COMPLETION"))).containsExactly("RPT-C",
				"RPT-A", "RPT-B");
		assertThat(codes(departments("leader", this.fixture.query(null) + "&sort=NAME&desc=true")))
			.containsExactly("RPT-C", "RPT-B", "RPT-A");
		this.mvc
			.perform(get("/reports/departments" + this.fixture.query(null) + "&sort=name_vi;drop table plan")
				.with(this.users.as("leader")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void agencyKindFilterSelectsOnlyThatKind() throws Exception {
		assertThat(departments("leader", this.fixture.query(null) + "&kind=DEPARTMENT").rows()).hasSize(3);
		DepartmentReport police = departments("leader", this.fixture.query(null) + "&kind=POLICE");
		assertThat(police.rows()).isEmpty();
		assertThat(police.total()).isEqualTo(new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
	}

	@Test
	void agencyPageListsItsAssignmentsByStatusWithDueDates() throws Exception {
		long b = this.fixture.agencies.get("RPT-B");
		MvcResult result = this.mvc
			.perform(get("/reports/departments/" + b + this.fixture.query(null)).with(this.users.as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sở Kiểm thử Báo cáo B")))
			.andExpect(content().string(containsString("01/03/2026")))
			.andReturn();
		AgencyReport report = (AgencyReport) result.getModelAndView().getModel().get("report");
		assertThat(report.byMetric().keySet()).containsExactly(Metric.ON_TIME, Metric.LATE, Metric.OVERDUE,
				Metric.IN_PROGRESS_ON_TIME);
		// the completion date is the day the accepted submission was sent; the acceptance
		// date is beside it
		assertThat(report.byMetric().get(Metric.LATE))
			.extracting(AssignmentLine::taskCode, AssignmentLine::dueDate, AssignmentLine::completedOn,
					AssignmentLine::acceptedOn, AssignmentLine::completedLate)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("R.1", LocalDate.of(2026, 1, 31),
					LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 5), true));
		assertThat(report.byMetric().get(Metric.ON_TIME))
			.extracting(AssignmentLine::taskCode, AssignmentLine::completedOn, AssignmentLine::acceptedOn)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("R.3", LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19)));
		assertThat(report.byMetric().get(Metric.IN_PROGRESS_ON_TIME)).extracting(AssignmentLine::status)
			.containsExactly(AssignmentStatus.SUBMITTED);
		assertThat(report.agency().counts()).isEqualTo(new Counts(4, 3, 1, 1, 0, 1, 0, 1, 0, 14, 0, 1));

		AgencyReport asOf = (AgencyReport) this.mvc
			.perform(get("/reports/departments/" + b + this.fixture.query(LocalDate.of(2026, 1, 31)))
				.with(this.users.as("leader")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("report");
		assertThat(asOf.byMetric().keySet()).containsExactly(Metric.OVERDUE, Metric.IN_PROGRESS_ON_TIME,
				Metric.NOT_YET_DUE);
		assertThat(asOf.byMetric().get(Metric.OVERDUE)).extracting(AssignmentLine::taskCode, AssignmentLine::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("R.1", AssignmentStatus.IN_PROGRESS));
		assertThat(asOf.byMetric().get(Metric.NOT_YET_DUE)).extracting(AssignmentLine::taskCode)
			.containsExactly("R.2", "R.4");
	}

	@Test
	void summaryNumbersAreExactToday() throws Exception {
		SummaryReport report = summary("leader", this.fixture.query(null));
		assertThat(report.total()).isEqualTo(new Counts(9, 5, 2, 1, 0, 2, 0, 3, 1, 43, 0, 3));
		assertThat(report.total().onTimeRate()).isEqualTo(40);
		assertThat(report.totalRag()).isEqualTo(RagRating.RED);
		assertThat(report.oldestOverdue().taskCode()).isEqualTo("R.1");
		assertThat(report.oldestOverdue().agencyId()).isEqualTo(this.fixture.agencies.get("RPT-C"));
		assertThat(report.oldestOverdue().daysLeft(TODAY)).isEqualTo(-43);
		assertThat(report.areas()).singleElement().satisfies((area) -> {
			assertThat(area.ordinal()).isEqualTo(90);
			assertThat(area.counts()).isEqualTo(report.total());
		});
		// C has done nothing on time and is ranked (0 %), not left out
		assertThat(report.best()).extracting(DepartmentRow::code).containsExactly("RPT-A", "RPT-B", "RPT-C");
		assertThat(report.worst()).extracting(DepartmentRow::code).containsExactly("RPT-C", "RPT-B", "RPT-A");
		assertThat(report.months()).hasSize(12);
		assertThat(report.months().get(0).month()).isEqualTo(YearMonth.of(2025, 4));
		assertThat(report.months().get(11).month()).isEqualTo(YearMonth.of(2026, 3));
		assertThat(nonZeroMonths(report)).containsExactly(new MonthCount(YearMonth.of(2026, 1), 1, 3),
				new MonthCount(YearMonth.of(2026, 2), 2, 1), new MonthCount(YearMonth.of(2026, 3), 0, 4));
		// due from today (whose deadline has not passed) to 14 April: C.R.2, due today,
		// first
		assertThat(report.upcoming()).extracting((l) -> l.agencyId() + "/" + l.taskCode())
			.containsExactly(this.fixture.agencies.get("RPT-C") + "/R.2", this.fixture.agencies.get("RPT-B") + "/R.4",
					this.fixture.agencies.get("RPT-A") + "/R.2");
		assertThat(report.upcomingCut()).isFalse();
	}

	@Test
	void summaryAsOfTheEndOfFebruary() throws Exception {
		SummaryReport report = summary("coordinator", this.fixture.query(LocalDate.of(2026, 2, 28)));
		assertThat(report.total()).isEqualTo(new Counts(9, 4, 2, 1, 0, 1, 0, 2, 3, 28, 0, 3));
		assertThat(report.totalRag()).isEqualTo(RagRating.AMBER);
		assertThat(report.oldestOverdue().taskCode()).isEqualTo("R.1");
		assertThat(report.oldestOverdue().daysLeft(LocalDate.of(2026, 2, 28))).isEqualTo(-28);
		assertThat(report.months().get(11).month()).isEqualTo(YearMonth.of(2026, 2));
		assertThat(nonZeroMonths(report)).containsExactly(new MonthCount(YearMonth.of(2026, 1), 1, 3),
				new MonthCount(YearMonth.of(2026, 2), 2, 1));
		assertThat(report.upcoming()).extracting(AssignmentLine::taskCode, AssignmentLine::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("R.2", AssignmentStatus.RETURNED),
					org.assertj.core.groups.Tuple.tuple("R.2", AssignmentStatus.NOT_STARTED),
					org.assertj.core.groups.Tuple.tuple("R.4", AssignmentStatus.NOT_STARTED));

		SummaryReport jan31 = summary("coordinator", this.fixture.query(LocalDate.of(2026, 1, 31)));
		assertThat(jan31.total()).isEqualTo(new Counts(9, 3, 1, 0, 0, 2, 0, 1, 5, 0, 0, 2));
		// due on 31 Jan and not done by its end: B.R.1 (B comes before C)
		assertThat(jan31.oldestOverdue().taskCode()).isEqualTo("R.1");
		assertThat(jan31.oldestOverdue().agencyId()).isEqualTo(this.fixture.agencies.get("RPT-B"));
		assertThat(jan31.best()).extracting(DepartmentRow::code).containsExactly("RPT-A", "RPT-B", "RPT-C");
	}

	@Test
	void officerSeesOnlyItsOwnAgency() throws Exception {
		var officer = this.fixtures.officerOf("RPT-A");
		DepartmentReport own = (DepartmentReport) this.mvc
			.perform(get("/reports/departments" + this.fixture.query(null)).with(this.fixtures.as(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("report");
		assertThat(codes(own)).containsExactly("RPT-A");
		assertThat(own.total()).isEqualTo(new Counts(3, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1));
		this.mvc
			.perform(get("/reports/departments/" + this.fixture.agencies.get("RPT-A") + this.fixture.query(null))
				.with(this.fixtures.as(officer)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/reports/departments/" + this.fixture.agencies.get("RPT-B") + this.fixture.query(null))
				.with(this.fixtures.as(officer)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/summary").with(this.fixtures.as(officer))).andExpect(status().isForbidden());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "coordinator", "leader", "admin" })
	void coordinatorLeaderAndAdminSeeEveryAgencyAndTheSummary(String username) throws Exception {
		assertThat(departments(username, this.fixture.query(null)).rows()).hasSize(3);
		this.mvc
			.perform(get("/reports/departments/" + this.fixture.agencies.get("RPT-C") + this.fixture.query(null))
				.with(this.users.as(username)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/reports/summary").with(this.users.as(username)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"areas\"")));
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/reports/summary")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/reports/departments")).andExpect(status().is3xxRedirection());
	}

	@Test
	void pagesRenderTheirTablesInBothLanguages() throws Exception {
		this.mvc.perform(get("/reports/departments" + this.fixture.query(null)).with(this.users.as("leader")))
			.andExpect(content().string(containsString("Sở Kiểm thử Báo cáo A")))
			.andExpect(content().string(containsString("Tổng cộng")))
			.andExpect(content().string(containsString("quá hạn trên 30 ngày")));
		this.mvc.perform(get("/reports/summary" + this.fixture.query(null) + "&lang=en").with(this.users.as("leader")))
			.andExpect(content().string(containsString("Report test task 2")))
			.andExpect(content().string(containsString("Progress by key area")));
	}

	@Test
	void badFilterValuesGetA400AndAnUnknownPlanA404() throws Exception {
		this.mvc.perform(get("/reports/summary?asOf=31-12-2025").with(this.users.as("leader")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/reports/departments?kind=MINISTRY").with(this.users.as("leader")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/reports/summary?plan=987654").with(this.users.as("leader")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theNavigationLinksToTheReportsForLeadershipAndOfficers() throws Exception {
		this.mvc.perform(get("/plans").with(this.users.as("leader")))
			.andExpect(content().string(containsString("href=\"/reports/departments\"")));
		this.mvc.perform(get("/plans").with(this.fixtures.as(this.fixtures.officerOf("RPT-C"))))
			.andExpect(content().string(containsString("href=\"/reports/departments\"")));
	}

	@Test
	void statementCountDoesNotGrowWithTheData() throws Exception {
		// the fixture's key area (9 assignments, 3 agencies) against the whole demo plan
		// (thousands of assignments, every agency of the city); one request first, so
		// that what is loaded once per application (caches) is not counted.
		// The city runs more than one plan, whichever tests of this context ran before
		// (several make plans of their own): the summary then shows every plan's
		// figures, one statement more, so that the count is the same in any order
		this.fixtures.fixturePlan();
		statementsFor("/reports/summary" + this.fixture.query(null));
		statementsFor("/reports/departments" + this.fixture.query(null));
		statementsFor("/coordinator/overdue?area=" + this.fixture.areaId, "coordinator");
		// and what is cached per data version whatever the filter (today's attention
		// list) is loaded by a summary of another day, so that both summaries are
		// measured alike
		this.mvc
			.perform(get("/reports/summary?plan=" + this.fixture.planId + "&asOf=" + TODAY.minusDays(1))
				.with(this.users.as("leader")))
			.andExpect(status().isOk());
		long smallSummary = statementsFor("/reports/summary" + this.fixture.query(null));
		long largeSummary = statementsFor("/reports/summary?plan=" + this.fixture.planId);
		long smallDepartments = statementsFor("/reports/departments" + this.fixture.query(null));
		long largeDepartments = statementsFor("/reports/departments?plan=" + this.fixture.planId);
		long smallDashboard = statementsFor("/coordinator/overdue?area=" + this.fixture.areaId, "coordinator");
		long largeDashboard = statementsFor("/coordinator/overdue", "coordinator");
		assertThat(departments("leader", "?plan=" + this.fixture.planId).rows()).hasSizeGreaterThan(100);
		// Spring Session's statements (sessions live in PostgreSQL) depend on the
		// requests
		// before, not on the data (3 to 5 here): they are left out, as in
		// PageBudgetTests.
		// Every page pays four for the request itself: the signed-in account (read
		// twice), the unread notifications of the header and the data version (read once
		// per page view, whatever caches the page consults).
		// The summary, 11 (it was 19 with the session's): the plans of the switcher (read
		// once under the structure's version, also for the choice of plan), the city's
		// and the requested bodies' totals by key area, the ranking, the oldest overdue
		// and the first due soon (one statement), the twelve months, the outline (plan
		// heading, key areas and provisional deadlines, one statement) and today's
		// attention list: 11; and every plan's figures (PlanOverview), shown once there
		// are two plans, one more statement whatever the number of plans: 12. With one
		// plan it was 11, and 12 whenever an earlier test of the context had made a plan
		// of its own.
		assertThat(largeSummary).isEqualTo(smallSummary).isLessThanOrEqualTo(12);
		// the department report, 7 (was 13 with the session): the rows and totals of both
		// blocks in one statement, the outline (plan heading, key areas, provisional
		// deadlines) and, since the plan switcher (h-plans2) came to the page, the plans
		// it lists (one statement whatever the number of plans, read once per page under
		// the structure's version and also used to choose the plan): 6 before the
		// switcher
		assertThat(largeDepartments).isEqualTo(smallDepartments).isLessThanOrEqualTo(7);
		// the dashboard, 9: the tally of every agency, the agency and key-area choices
		// (cached per data version, read again after a change), the provisional marks
		// and, as on the department report, the plans of the switcher (h-plans2, one
		// statement whatever the number of plans): 8 before the switcher
		assertThat(largeDashboard).isEqualTo(smallDashboard).isLessThanOrEqualTo(9);
	}

	private long statementsFor(String url) throws Exception {
		return statementsFor(url, "leader");
	}

	private long statementsFor(String url, String username) throws Exception {
		// as after a change of the data: the cached reports are out of date, every
		// statement is counted
		this.jdbc.sql(
				"update data_version set version = nextval('data_version_seq'), structure = nextval('data_version_seq')")
			.update();
		this.statements.reset();
		this.mvc.perform(get(url).with(this.users.as(username))).andExpect(status().isOk());
		return this.statements.countWithoutSession();
	}

	private DepartmentReport departments(String username, String query) throws Exception {
		return (DepartmentReport) this.mvc.perform(get("/reports/departments" + query).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("report");
	}

	private SummaryReport summary(String username, String query) throws Exception {
		return (SummaryReport) this.mvc.perform(get("/reports/summary" + query).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("report");
	}

	private static List<MonthCount> nonZeroMonths(SummaryReport report) {
		return report.months().stream().filter((m) -> m.completed() > 0 || m.due() > 0).toList();
	}

	private static List<String> codes(DepartmentReport report) {
		return report.rows().stream().map(DepartmentRow::code).toList();
	}

	private static List<Map.Entry<String, Counts>> byCode(DepartmentReport report) {
		return report.rows().stream().map((row) -> Map.entry(row.code(), row.counts())).toList();
	}

}
