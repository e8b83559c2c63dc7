package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.agency.AgencyAdministration;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.assignment.AssignmentService;
import vn.hanoi.plantracker.assignment.DeadlineService;
import vn.hanoi.plantracker.dashboard.DashboardFilter;
import vn.hanoi.plantracker.dashboard.OverdueDashboard;
import vn.hanoi.plantracker.plan.Schedule;
import vn.hanoi.plantracker.plan.ScheduleKind;
import vn.hanoi.plantracker.plan.TaskEditing;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.PlanChangingTest;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import vn.hanoi.plantracker.standing.Counts;

/**
 * Each definition of {@link Metric} on work built through the workflow, with the figures
 * worked out by hand, and every figure's drill-down list holding exactly that many rows.
 */
@PlanChangingTest
class MetricDefinitionTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	AgencyAdministration agencyAdministration;

	@Autowired
	TaskEditing taskEditing;

	@Autowired
	AssignmentService assignments;

	@Autowired
	DeadlineService deadlines;

	@Autowired
	Reports reports;

	@Autowired
	MockMvc mvc;

	@Autowired
	OverdueDashboard dashboard;

	private MetricWorld world;

	@BeforeEach
	void world() {
		this.clock.setHanoiTime(LocalDate.of(2026, 1, 5).atTime(9, 0));
		this.world = new MetricWorld(this.fixtures, this.clock, this.agencyAdministration, this.taskEditing,
				this.assignments, this.deadlines);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void reviewerDelayIsNotChargedToTheAgencyAndAwaitingReviewIsNotOverdue() {
		this.world.at(LocalDate.of(2026, 9, 1).atTime(9, 0));
		long agency = this.world.agency(AgencyKind.DEPARTMENT, LocalDate.of(2025, 1, 1));
		long task = this.world.task(MetricWorld.fixed(LocalDate.of(2026, 10, 15)), Set.of(agency), Set.of(), Set.of());
		long id = this.world.assignment(task, agency);
		this.world.at(LocalDate.of(2026, 10, 1).atTime(9, 0));
		this.world.progress(id, 50);
		this.world.at(LocalDate.of(2026, 10, 14).atTime(16, 0));
		this.world.submit(id);
		this.world.at(LocalDate.of(2026, 11, 29).atTime(10, 0));
		this.world.accept(id);
		this.world.at(LocalDate.of(2026, 12, 1).atTime(10, 0));

		// 14/10: sent, not yet due: in progress within the deadline
		assertThat(line(id, LocalDate.of(2026, 10, 14)).metric()).isEqualTo(Metric.IN_PROGRESS_ON_TIME);
		// 20/10: due, sent and waiting for the coordinator: awaiting review, not overdue
		Counts oct20 = city(LocalDate.of(2026, 10, 20));
		assertThat(oct20).isEqualTo(new Counts(1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0));
		assertThat(oct20.onTimeRate()).isZero();
		// 30/11: accepted on 29/11, sent on 14/10 for 15/10: on time, completed on 14/10
		AssignmentLine done = line(id, LocalDate.of(2026, 11, 30));
		assertThat(done.metric()).isEqualTo(Metric.ON_TIME);
		assertThat(done.completedOn()).isEqualTo(LocalDate.of(2026, 10, 14));
		assertThat(done.acceptedOn()).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(city(LocalDate.of(2026, 11, 30))).isEqualTo(new Counts(1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
		assertThat(city(LocalDate.of(2026, 11, 30)).onTimeRate()).isEqualTo(100);
	}

	@Test
	void onTimeRateIsOverTheDueSetRequestedBodiesApartAgenciesWithNothingDoneRankedFuturePeriodsNeverCounted()
			throws Exception {
		LocalDate old = LocalDate.of(2025, 1, 1);
		long a = this.world.agency(AgencyKind.DEPARTMENT, old);
		long b = this.world.agency(AgencyKind.DEPARTMENT, old);
		long court = this.world.agency(AgencyKind.JUDICIAL, old);
		// exists only from 1 March
		long late = this.world.agency(AgencyKind.DEPARTMENT, LocalDate.of(2026, 3, 1));
		long t1 = this.world.task(MetricWorld.fixed(LocalDate.of(2026, 2, 10)), Set.of(a), Set.of(b, court),
				Set.of(court));
		long t2 = this.world.task(MetricWorld.fixed(LocalDate.of(2026, 2, 20)), Set.of(a), Set.of(b), Set.of());
		long t3 = this.world.task(MetricWorld.fixed(LocalDate.of(2026, 2, 25)), Set.of(a), Set.of(), Set.of());
		long t4 = this.world.task(MetricWorld.fixed(LocalDate.of(2026, 3, 20)), Set.of(a), Set.of(late), Set.of());
		// yearly, 31 December: periods 2026 and 2027 exist from today; 2027 has not begun
		long t5 = this.world.task(new Schedule(ScheduleKind.ANNUAL, null, 12, 31), Set.of(a), Set.of(), Set.of());
		assertThat(this.world.assignments()).hasSize(10);

		this.world.at(LocalDate.of(2026, 2, 9).atTime(10, 0));
		this.world.submit(this.world.assignment(t1, a));
		this.world.at(LocalDate.of(2026, 2, 12).atTime(10, 0));
		this.world.accept(this.world.assignment(t1, a));
		this.world.at(LocalDate.of(2026, 2, 15).atTime(10, 0));
		this.world.progress(this.world.assignment(t2, b), 30);
		this.world.at(LocalDate.of(2026, 2, 22).atTime(10, 0));
		this.world.submit(this.world.assignment(t2, a));
		this.world.at(LocalDate.of(2026, 2, 23).atTime(10, 0));
		this.world.accept(this.world.assignment(t2, a));
		this.world.at(LocalDate.of(2026, 2, 24).atTime(10, 0));
		this.world.submit(this.world.assignment(t3, a));
		this.world.at(LocalDate.of(2026, 4, 1).atTime(10, 0));

		LocalDate march31 = LocalDate.of(2026, 3, 31);
		DepartmentReport departments = this.reports.departments(this.world.user("leader"), this.world.filter(march31),
				DepartmentSort.NAME, false);
		// A: t1 on time, t2 late (sent 22/2 for 20/2), t3 awaiting review, t4 overdue,
		// t5's 2026 not yet due, t5's 2027 not counted at all
		assertThat(row(departments, a).counts()).isEqualTo(new Counts(5, 4, 1, 1, 1, 1, 0, 0, 1, 11, 0, 0));
		assertThat(row(departments, a).counts().onTimeRate()).isEqualTo(25);
		assertThat(row(departments, b).counts()).isEqualTo(new Counts(2, 2, 0, 0, 0, 2, 0, 0, 0, 49, 0, 0));
		assertThat(row(departments, late).counts()).isEqualTo(new Counts(1, 1, 0, 0, 0, 1, 0, 0, 0, 11, 0, 0));
		// the court's overdue t1 is in its own block, not in the city's total or rate
		assertThat(departments.rows()).extracting(DepartmentRow::agencyId).doesNotContain(court);
		assertThat(departments.total()).isEqualTo(new Counts(8, 7, 1, 1, 1, 4, 0, 0, 1, 49, 0, 0));
		assertThat(departments.total().onTimeRate()).isEqualTo(14);
		assertThat(departments.requestedRows()).extracting(DepartmentRow::agencyId).containsExactly(court);
		assertThat(departments.requestedTotal()).isEqualTo(new Counts(1, 1, 0, 0, 0, 1, 0, 0, 0, 49, 0, 0));

		SummaryReport summary = this.reports.summary(this.world.filter(march31));
		assertThat(summary.total()).isEqualTo(departments.total());
		assertThat(summary.requestedTotal()).isEqualTo(departments.requestedTotal());
		// agencies that have done nothing on time are ranked (0 %), ties in agency order
		assertThat(summary.worst()).extracting(DepartmentRow::agencyId).containsExactly(b, late, a);
		assertThat(summary.best()).extracting(DepartmentRow::agencyId).containsExactly(a, b, late);
		assertThat(summary.oldestOverdue().agencyId()).isEqualTo(b);

		// 28 February: the agency that begins on 1 March is not counted; t4 is not due
		DepartmentReport feb28 = this.reports.departments(this.world.user("leader"),
				this.world.filter(LocalDate.of(2026, 2, 28)), DepartmentSort.NAME, false);
		assertThat(feb28.rows()).extracting(DepartmentRow::agencyId).containsExactly(a, b);
		// (t4, due 20/3, is due in the next 30 days)
		assertThat(row(feb28, a).counts()).isEqualTo(new Counts(5, 3, 1, 1, 1, 0, 0, 0, 2, 0, 0, 1));
		assertThat(feb28.total()).isEqualTo(new Counts(7, 5, 1, 1, 1, 2, 0, 0, 2, 18, 0, 1));

		everyFigureListsExactlyItsAssignments(march31, summary, departments);
		this.mvc
			.perform(get("/reports/summary" + this.world.query(march31))
				.with(this.fixtures.as(this.world.user("leader"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("metric=OVERDUE")))
			.andExpect(content().string(containsString("href=\"/help/metrics\"")));
	}

	@Test
	void theDashboardTheSummaryAsOfTodayAndTheDrillDownCountOverdueByOneRule() throws Exception {
		LocalDate old = LocalDate.of(2025, 1, 1);
		long a = this.world.agency(AgencyKind.DEPARTMENT, old);
		long court = this.world.agency(AgencyKind.JUDICIAL, old);
		long past = this.world.task(MetricWorld.fixed(LocalDate.of(2026, 3, 10)), Set.of(a), Set.of(court),
				Set.of(court));
		long dueToday = this.world.task(MetricWorld.fixed(LocalDate.of(2026, 3, 20)), Set.of(a), Set.of(court),
				Set.of(court));
		long sent = this.world.task(MetricWorld.fixed(LocalDate.of(2026, 3, 15)), Set.of(a), Set.of(), Set.of());
		this.world.at(LocalDate.of(2026, 3, 1).atTime(9, 0));
		this.world.progress(this.world.assignment(dueToday, a), 40);
		this.world.at(LocalDate.of(2026, 3, 14).atTime(9, 0));
		this.world.submit(this.world.assignment(sent, a));
		LocalDate march20 = LocalDate.of(2026, 3, 20);
		this.world.at(march20.atTime(9, 0));

		// 20/3, during the day: the deadline of work due today has not passed; the two
		// assignments of the task due on 10/3 are overdue, the one sent is awaiting
		// review
		assertThat(overdueEverywhere(march20)).isEqualTo(2);
		Counts city = this.reports.summary(this.world.filter(march20)).total();
		assertThat(city.overdue()).isEqualTo(1);
		assertThat(city.awaitingReview()).isEqualTo(1);
		// the work due today is due soon on the dashboard and in the summary alike
		long dueTodayOfA = this.world.assignment(dueToday, a);
		assertThat(this.dashboard.rows(dashboardFilter(DashboardFilter.DUE_SOON), a, null).rows())
			.extracting(vn.hanoi.plantracker.dashboard.DashboardRow::id)
			.contains(dueTodayOfA);
		assertThat(this.reports
			.drill(this.world.user("leader"), this.world.filter(march20), Metric.DUE_SOON, DrillDown.Scope.CITY, null,
					1)
			.lines()).extracting(AssignmentLine::id).contains(dueTodayOfA);
		assertThat(line(dueTodayOfA, march20).metric()).isEqualTo(Metric.IN_PROGRESS_ON_TIME);

		// the next morning it is overdue on the dashboard, in today's summary and in the
		// report as of the end of 20/3 alike
		LocalDate march21 = march20.plusDays(1);
		this.world.at(march21.atTime(8, 0));
		assertThat(overdueEverywhere(march21)).isEqualTo(4);
		assertThat(line(dueTodayOfA, march20).metric()).isEqualTo(Metric.OVERDUE);
		Counts asOfMarch20 = this.reports.summary(this.world.filter(march20)).total();
		Counts requestedAsOfMarch20 = this.reports.summary(this.world.filter(march20)).requestedTotal();
		assertThat(asOfMarch20.overdue() + requestedAsOfMarch20.overdue()).isEqualTo(4);
	}

	/**
	 * The overdue count of the dashboard (its number and its page: the city's, and the
	 * requested bodies' apart), of the summary as of today (the same two) and of the
	 * drill-down of both (its total, its rows and its page) on the world's key area: all
	 * equal; returns the count of both.
	 */
	private long overdueEverywhere(LocalDate today) throws Exception {
		PlanUser leader = this.world.user("leader");
		PlanUser coordinator = this.world.user("coordinator");
		vn.hanoi.plantracker.dashboard.DashboardCounts counts = this.dashboard
			.counts(dashboardFilter(DashboardFilter.OVERDUE));
		this.mvc
			.perform(get("/coordinator/overdue").param("area", Long.toString(this.world.areaId))
				.with(this.fixtures.as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"count-overdue\">" + counts.overdue() + "<")));
		SummaryReport summary = this.reports.summary(this.world.filter(today));
		assertThat(counts.overdue()).as("the city's").isEqualTo(summary.total().overdue());
		assertThat(counts.requestedOverdue()).as("the requested bodies'").isEqualTo(summary.requestedTotal().overdue());
		long dashboardCount = counts.overdue() + counts.requestedOverdue();
		DrillDown drill = this.reports.drill(leader, this.world.filter(today), Metric.OVERDUE, DrillDown.Scope.ALL,
				null, 1);
		assertThat(drill.total()).isEqualTo(dashboardCount);
		assertThat(drill.lines()).hasSize((int) dashboardCount);
		String html = this.mvc
			.perform(get("/reports/assignments" + this.world.query(today) + "&metric=OVERDUE&scope=ALL")
				.with(this.fixtures.as(leader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.split("data-assignment=", -1)).hasSize((int) dashboardCount + 1);
		return dashboardCount;
	}

	private DashboardFilter dashboardFilter(String view) {
		return new DashboardFilter(view, null, null, this.world.areaId, null, null, null, null, null, null);
	}

	private void everyFigureListsExactlyItsAssignments(LocalDate day, SummaryReport summary,
			DepartmentReport departments) throws Exception {
		PlanUser leader = this.world.user("leader");
		ReportFilter filter = this.world.filter(day);
		for (Metric metric : Metric.values()) {
			DrillDown city = this.reports.drill(leader, filter, metric, DrillDown.Scope.CITY, null, 1);
			assertThat(city.total()).as(metric.name()).isEqualTo(summary.total().of(metric));
			assertThat(city.lines()).as(metric.name()).hasSize((int) city.total());
			DrillDown requested = this.reports.drill(leader, filter, metric, DrillDown.Scope.REQUESTED, null, 1);
			assertThat(requested.total()).as(metric.name()).isEqualTo(summary.requestedTotal().of(metric));
			for (DepartmentRow row : departments.rows()) {
				DrillDown one = this.reports.drill(leader, filter, metric, DrillDown.Scope.CITY, row.agencyId(), 1);
				assertThat(one.total()).as(metric + " " + row.code()).isEqualTo(row.counts().of(metric));
				assertThat(one.lines()).allSatisfy((line) -> assertThat(line.agencyId()).isEqualTo(row.agencyId()));
			}
		}
		for (Metric metric : EnumSet.of(Metric.ON_TIME, Metric.LATE, Metric.AWAITING_REVIEW, Metric.OVERDUE)) {
			assertThat(this.reports.drill(leader, filter, metric, DrillDown.Scope.CITY, null, 1).lines()).isNotEmpty()
				.allSatisfy((line) -> assertThat(line.metric()).isEqualTo(metric));
		}
		// the page says the same number and lists that many rows
		String html = this.mvc
			.perform(get("/reports/assignments" + this.world.query(day) + "&metric=OVERDUE&scope=CITY")
				.with(this.fixtures.as(leader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.split("data-assignment=", -1)).hasSize((int) summary.total().overdue() + 1);
	}

	private Counts city(LocalDate day) {
		return this.reports.summary(this.world.filter(day)).total();
	}

	private AssignmentLine line(long id, LocalDate day) {
		List<AssignmentLine> lines = this.reports
			.drill(this.world.user("leader"), this.world.filter(day), Metric.TOTAL, DrillDown.Scope.ALL, null, 1)
			.lines();
		return lines.stream().filter((l) -> l.id() == id).findFirst().orElseThrow();
	}

	private static DepartmentRow row(DepartmentReport report, long agencyId) {
		return report.rows().stream().filter((r) -> r.agencyId() == agencyId).findFirst().orElseThrow();
	}

}
