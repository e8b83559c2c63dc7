package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hanoi.plantracker.agency.AgencyAdministration;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.assignment.AssignmentService;
import vn.hanoi.plantracker.assignment.DeadlineService;
import vn.hanoi.plantracker.dashboard.Ageing;
import vn.hanoi.plantracker.dashboard.DashboardFilter;
import vn.hanoi.plantracker.dashboard.DashboardView;
import vn.hanoi.plantracker.dashboard.OverdueDashboard;
import vn.hanoi.plantracker.plan.Schedule;
import vn.hanoi.plantracker.plan.ScheduleKind;
import vn.hanoi.plantracker.plan.TaskEditing;
import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.FigureFold;
import vn.hanoi.plantracker.standing.FigureSql;
import vn.hanoi.plantracker.standing.Selection;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.PlanChangingTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figure owner's tally folded around today ({@code figure_tally_fold}, V460): due
 * dates long past kept as one row per group with the oldest open one exact, those far
 * ahead as another. After seeded random saves, submissions, acceptances, returns and
 * due-date changes over months (in 2067), each followed by a fold with a random window,
 * the tally holds exactly the current assignments recounted under that window (the oldest
 * due date of open work long due included), it has fewer rows than assignments, and the
 * figures of today read from it equal the ones counted from the history (every metric and
 * the most days overdue, every agency, city and requested bodies apart).
 */
@PlanChangingTest
class FigureFoldTests {

	private static final LocalDate START = LocalDate.of(2067, 1, 9);

	/** The tally's rows recounted from the current assignments under the window. */
	private static final String RECOUNT = """
			select key_area_id, agency_id, requested, status, due_date, period_start, completed_vs_due, extended,
			       count(*) as n,
			       case when due_date = '-infinity' and status not in ('COMPLETED', 'SUBMITTED')
			            then min(exact_due) end as oldest_open
			from (select t.key_area_id, s.agency_id, s.requested, s.status, s.due_date as exact_due,
			             case when s.due_date < :past then date '-infinity'
			                  when s.due_date > :future then date 'infinity' else s.due_date end as due_date,
			             case when s.period_start < :past then null
			                  when s.period_start > :future then date 'infinity' else s.period_start end as period_start,
			             case when s.status = 'COMPLETED'
			                  then sign(coalesce(s.submitted_on, s.accepted_on) - s.due_date)::smallint end
			                 as completed_vs_due,
			             s.due_date <> s.original_due_date as extended
			      from assignment_state s join task t on t.id = s.task_id
			      where s.valid_to is null and not s.closed) s
			group by 1, 2, 3, 4, 5, 6, 7, 8
			""";

	private static final String TALLY = """
			select key_area_id, agency_id, requested, status, due_date, period_start, completed_vs_due, extended,
			       n::bigint as n,
			       case when due_date = '-infinity' and status not in ('COMPLETED', 'SUBMITTED')
			            then oldest_due end as oldest_open
			from figure_tally where n <> 0
			""";

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
	FigureFold fold;

	@Autowired
	OverdueDashboard dashboard;

	@AfterEach
	void unfoldAndResetClock() {
		// as V300 keeps it: every due date exact
		this.fold.fold(null, null);
		this.clock.reset();
	}

	@Test
	void theFoldedTallyEqualsTheFiguresComputedFromScratch() {
		RandomWork.seeded("The folded tally differs", this::runWith);
	}

	@Test
	void theScheduledFoldRebuildsOnlyWhenTheDayMoved() {
		LocalDate day = LocalDate.of(2067, 3, 2);
		this.clock.setHanoiTime(day.atTime(0, 5));
		assertThat(this.fold.isFoldedFor(day)).isFalse();
		assertThat(this.fold.run()).isNotNegative();
		assertThat(this.fold.isFoldedFor(day)).isTrue();
		assertTallyIsTheRecount(day, day.minusDays(FigureFold.PAST_DAYS), day.plusDays(FigureFold.FUTURE_DAYS));
		// a restart the same day, or the second node: the window stands, nothing is
		// rebuilt
		assertThat(this.fold.run()).isEqualTo(-1);
		// the next night moves it
		this.clock.setHanoiTime(day.plusDays(1).atTime(0, 5));
		assertThat(this.fold.isFoldedFor(day.plusDays(1))).isFalse();
		assertThat(this.fold.run()).isNotNegative();
		assertThat(this.fold.isFoldedFor(day.plusDays(1))).isTrue();
		assertThat(this.fold.isFoldedFor(day)).isFalse();
	}

	private void runWith(long seed) {
		Random random = new Random(seed);
		this.clock.setHanoiTime(START.atTime(8, 0));
		MetricWorld world = new MetricWorld(this.fixtures, this.clock, this.agencyAdministration, this.taskEditing,
				this.assignments, this.deadlines);
		// due within 90 days, a new task one step in 10; a save, a submission, a due-day
		// change or an extension (up to two months ahead) one step in 6 each, the rest
		// left alone
		RandomWork work = new RandomWork(world, random, LocalDate.of(2050, 1, 1),
				new RandomWork.Mix(90, 10, 6, false, (due, today, r) -> today.plusDays(1 + r.nextInt(60))));
		for (int i = 0; i < 6; i++) {
			work.addTask(START, false);
		}
		work.addTask(START, true);
		LocalDate today = START;
		boolean fewer = false;
		for (int step = 0; step < 12; step++) {
			for (int i = 0; i < 4 + random.nextInt(5); i++) {
				world.at(today.atTime(8 + i, random.nextInt(60)));
				work.act(today);
			}
			world.at(today.atTime(20, 0));
			// the window: long due from a few days back, far ahead from a month or more
			LocalDate past = today.minusDays(random.nextInt(12));
			LocalDate future = today.plusDays(30 + random.nextInt(12));
			int kept = this.fold.fold(past, future);
			assertTallyIsTheRecount(today, past, future);
			assertThat(kept).as("rows kept on %s", today).isPositive();
			fewer |= areaRows(world) < world.assignments().size();
			assertTodayFromTheTallyIsTodayFromTheHistory(world, today);
			// the saves after a fold keep it: a few more, then the same checks
			for (int i = 0; i < 2 + random.nextInt(4); i++) {
				world.at(today.atTime(21, i));
				work.act(today);
			}
			assertTallyIsTheRecount(today, past, future);
			assertTodayFromTheTallyIsTodayFromTheHistory(world, today);
			// the dashboard's window: every ageing bucket and the due-soon days told
			// apart
			past = today.minusDays(90 + random.nextInt(4));
			future = today.plusDays(30 + random.nextInt(12));
			this.fold.fold(past, future);
			assertTallyIsTheRecount(today, past, future);
			world.at(today.atTime(22, 0));
			work.act(today);
			assertTheDashboardCountsTheAssignments(world, today);
			today = today.plusDays(3 + random.nextInt(20));
		}
		assertThat(fewer).as("the folded tally has fewer rows than assignments").isTrue();
	}

	/**
	 * The overdue dashboard's numbers of the test's area (summed from the tally) against
	 * the assignments counted in the test's own SQL: overdue, due soon, and every ageing
	 * bucket with each agency's count and most days overdue.
	 */
	private void assertTheDashboardCountsTheAssignments(MetricWorld world, LocalDate today) {
		Boolean serves = this.fixtures.jdbc()
			.sql("select figure_tally_serves(timestamptz '9999-01-01 00:00Z', :today - 90, :today + :soon)")
			.param("today", today)
			.param("soon", this.dashboard.dueSoonDays())
			.query(Boolean.class)
			.single();
		assertThat(serves).as("the folded tally serves the dashboard on %s", today).isTrue();
		List<Ageing> buckets = new ArrayList<>(List.of(Ageing.values()));
		buckets.add(null);
		for (Ageing ageing : buckets) {
			DashboardView view = this.dashboard.view(new DashboardFilter(DashboardFilter.OVERDUE, null, null,
					world.areaId, null, ageing, null, "agency", "asc", 1), null, null);
			Map<Long, List<Long>> groups = new LinkedHashMap<>();
			view.page().groups().forEach((g) -> groups.put(g.agencyId(), List.of(g.count(), g.maxDaysOverdue())));
			Map<Long, List<Long>> expected = new LinkedHashMap<>();
			this.fixtures.jdbc()
				.sql("""
						select a.agency_id, count(*), max(cast(:today as date) - a.due_date)
						from assignment a join task t on t.id = a.task_id
						where t.key_area_id = :area and a.closed_at is null
						  and a.status not in ('COMPLETED', 'SUBMITTED') and a.due_date < :today
						  and cast(:today as date) - a.due_date between :min and :max
						group by a.agency_id
						""")
				.param("today", today)
				.param("area", world.areaId)
				.param("min", (ageing != null) ? ageing.minDays() : 0)
				.param("max", (ageing != null) ? ageing.maxDays() : Integer.MAX_VALUE)
				.query((rs, n) -> expected.put(rs.getLong(1), List.of(rs.getLong(2), rs.getLong(3))))
				.list();
			assertThat(groups).as("the dashboard's agencies overdue %s on %s", ageing, today)
				.containsExactlyInAnyOrderEntriesOf(expected);
			if (ageing == null) {
				assertThat(view.counts().overdue() + view.counts().requestedOverdue())
					.as("overdue on the dashboard on %s", today)
					.isEqualTo(expected.values().stream().mapToLong((v) -> v.get(0)).sum());
			}
		}
		long dueSoon = this.fixtures.jdbc()
			.sql("""
					select count(*) from assignment a join task t on t.id = a.task_id
					where t.key_area_id = :area and a.closed_at is null and a.status <> 'COMPLETED'
					  and a.due_date between :today and cast(:today as date) + :soon
					""")
			.param("today", today)
			.param("area", world.areaId)
			.param("soon", this.dashboard.dueSoonDays())
			.query(Long.class)
			.single();
		assertThat(this.dashboard
			.counts(new DashboardFilter(DashboardFilter.DUE_SOON, null, null, world.areaId, null, null, null, "agency",
					"asc", 1))
			.dueSoon()).as("due soon on the dashboard on %s", today).isEqualTo(dueSoon);
	}

	private long areaRows(MetricWorld world) {
		return this.fixtures.jdbc()
			.sql("select count(*) from figure_tally where n <> 0 and key_area_id = ?")
			.param(world.areaId)
			.query(Long.class)
			.single();
	}

	private void assertTallyIsTheRecount(LocalDate today, LocalDate past, LocalDate future) {
		JdbcClient jdbc = this.fixtures.jdbc();
		List<Map<String, Object>> recount = jdbc.sql(RECOUNT)
			.param("past", past)
			.param("future", future)
			.query()
			.listOfRows();
		List<Map<String, Object>> tally = jdbc.sql(TALLY).query().listOfRows();
		assertThat(rows(tally)).as("the tally on %s folded before %s and after %s", today, past, future)
			.containsExactlyInAnyOrderElementsOf(rows(recount));
	}

	private static List<String> rows(List<Map<String, Object>> rows) {
		return rows.stream().map((row) -> new ArrayList<>(row.values()).toString()).toList();
	}

	private void assertTodayFromTheTallyIsTodayFromTheHistory(MetricWorld world, LocalDate today) {
		Boolean serves = this.fixtures.jdbc()
			.sql("select figure_tally_serves(timestamptz '9999-01-01 00:00Z', :today, :today + 30)")
			.param("today", today)
			.query(Boolean.class)
			.single();
		assertThat(serves).as("the folded tally serves %s", today).isTrue();
		Map<String, Counts> fromTally = countsOfToday(world, today, true);
		Map<String, Counts> fromHistory = countsOfToday(world, today, false);
		assertThat(fromHistory).as("figures counted from the history on %s", today).isNotEmpty();
		assertThat(fromTally).as("today's figures from the folded tally on %s", today).isEqualTo(fromHistory);
	}

	private Map<String, Counts> countsOfToday(MetricWorld world, LocalDate today, boolean tally) {
		String sql = "select a.requested, ag.id as agency_id, " + FigureSql.COUNTS + FigureSql.COUNTED
				+ " group by grouping sets ((a.requested, ag.id), (a.requested))";
		JdbcClient.StatementSpec statement = FigureSql.bind(this.fixtures.jdbc().sql(sql),
				new Selection(world.planId, null, world.areaId, today), null, null, today);
		if (tally) {
			statement = statement.param("current", true).param("cutoff", OffsetDateTime.parse("9999-01-01T00:00Z"));
		}
		else {
			statement = statement.param("current", false);
		}
		Map<String, Counts> counts = new LinkedHashMap<>();
		statement.query((rs, n) -> counts.put(
				rs.getBoolean("requested") + " "
						+ ((rs.getObject("agency_id") != null) ? rs.getLong("agency_id") : "total"),
				FigureSql.counts(rs)))
			.list();
		return counts;
	}

}
