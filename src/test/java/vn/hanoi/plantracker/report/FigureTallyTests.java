package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
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
import vn.hanoi.plantracker.assignment.PeriodRollForward;
import vn.hanoi.plantracker.plan.Schedule;
import vn.hanoi.plantracker.plan.ScheduleKind;
import vn.hanoi.plantracker.plan.TaskEditing;
import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.FigureSql;
import vn.hanoi.plantracker.standing.Selection;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.PlanChangingTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figure owner's tally ({@code figure_tally}, kept by triggers in the transaction of
 * every change) against the figures computed from scratch: after seeded random saves,
 * submissions, acceptances, returns, due-date changes, extensions, tasks added later and
 * a period roll-forward (in 2056-2057), on each day the tally holds exactly the current
 * assignments recounted from the temporal read model, the figures of today read from it
 * equal the ones counted from the history (every metric, every agency, city and requested
 * bodies apart), and the reports of days that have ended never change.
 */
@PlanChangingTest
class FigureTallyTests {

	private static final LocalDate START = LocalDate.of(2056, 3, 6);

	/** The tally's rows recounted from the current assignments, in the test's own SQL. */
	private static final String RECOUNT = """
			select t.key_area_id, s.agency_id, s.requested, s.status, s.due_date, s.period_start,
			       case when s.status = 'COMPLETED'
			            then sign(coalesce(s.submitted_on, s.accepted_on) - s.due_date)::smallint end as completed_vs_due,
			       s.due_date <> s.original_due_date as extended, count(*) as n
			from assignment_state s join task t on t.id = s.task_id
			where s.valid_to is null and not s.closed
			group by 1, 2, 3, 4, 5, 6, 7, 8
			""";

	private static final String TALLY = """
			select key_area_id, agency_id, requested, status, due_date, period_start, completed_vs_due, extended,
			       n::bigint as n
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
	PeriodRollForward rollForward;

	@Autowired
	Reports reports;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theTallyEqualsTheFiguresComputedFromScratchAndPastDaysNeverChange() {
		RandomWork.seeded("The tally differs", this::runWith);
	}

	private void runWith(long seed) {
		Random random = new Random(seed);
		this.clock.setHanoiTime(START.atTime(8, 0));
		MetricWorld world = new MetricWorld(this.fixtures, this.clock, this.agencyAdministration, this.taskEditing,
				this.assignments, this.deadlines);
		// due within 40 days, a new task one step in 15, a save one in 5, a submission
		// two in 5, an extension (one in 5) to half a month after its due day
		RandomWork work = new RandomWork(world, random, LocalDate.of(2050, 1, 1),
				new RandomWork.Mix(40, 15, 5, true, (due, today, r) -> {
					LocalDate asked = due.plusDays(1 + r.nextInt(15));
					return asked.isAfter(today) ? asked : today.plusDays(1 + r.nextInt(10));
				}));
		for (int i = 0; i < 3; i++) {
			work.addTask(START, false);
		}
		// a yearly task: its next periods come with the roll-forward
		work.addTask(START, true);
		Map<String, Object> whenEnded = new LinkedHashMap<>();
		LocalDate today = START;
		for (int step = 0; step < 14; step++) {
			if (step == 10) {
				// the new year: the yearly task's periods are rolled forward, as the
				// nightly job does
				today = LocalDate.of(2057, 1, 2);
				world.at(today.atTime(0, 20));
				assertThat(this.rollForward.run()).as("assignments the roll-forward created").isPositive();
			}
			for (int i = 0; i < 4 + random.nextInt(5); i++) {
				world.at(today.atTime(8 + i, random.nextInt(60)));
				work.act(today);
			}
			assertTallyIsTheRecount(today);
			assertTodayFromTheTallyIsTodayFromTheHistory(world, today);
			if (step % 3 == 0) {
				// just after midnight: the day has ended, its reports are final
				world.at(today.plusDays(1).atTime(0, 30));
				whenEnded.putAll(reportsAsOf(world, today));
			}
			today = today.plusDays(1 + random.nextInt(9));
		}
		world.at(today.atTime(9, 0));
		assertThat(whenEnded).isNotEmpty();
		whenEnded.forEach((key, then) -> assertThat(reportsAsOf(world, LocalDate.parse(key.substring(0, 10))).get(key))
			.as("%s, read again later", key)
			.isEqualTo(then));
	}

	/** Every row of the tally is the recount's, and no more. */
	private void assertTallyIsTheRecount(LocalDate today) {
		JdbcClient jdbc = this.fixtures.jdbc();
		List<Map<String, Object>> recount = jdbc.sql(RECOUNT).query().listOfRows();
		List<Map<String, Object>> tally = jdbc.sql(TALLY).query().listOfRows();
		assertThat(rows(tally)).as("the tally on %s", today).containsExactlyInAnyOrderElementsOf(rows(recount));
	}

	private static List<String> rows(List<Map<String, Object>> rows) {
		return rows.stream().map((row) -> new ArrayList<>(row.values()).toString()).toList();
	}

	/**
	 * The owner's counting selection as of today read from the tally, and from the
	 * history: every metric of every agency of the test's area, and the totals, city and
	 * requested bodies apart.
	 */
	private void assertTodayFromTheTallyIsTodayFromTheHistory(MetricWorld world, LocalDate today) {
		Map<String, Counts> fromTally = countsOfToday(world, today, true);
		Map<String, Counts> fromHistory = countsOfToday(world, today, false);
		assertThat(fromHistory).as("figures counted from the history on %s", today).isNotEmpty();
		assertThat(fromTally).as("today's figures from the tally on %s", today).isEqualTo(fromHistory);
		Counts summaryTotal = this.reports.summary(world.filter(today)).total();
		assertThat(summaryTotal).as("the summary's total on %s", today).isEqualTo(fromHistory.get("false total"));
	}

	private Map<String, Counts> countsOfToday(MetricWorld world, LocalDate today, boolean tally) {
		String sql = "select a.requested, ag.id as agency_id, " + FigureSql.COUNTS + FigureSql.COUNTED
				+ " group by grouping sets ((a.requested, ag.id), (a.requested))";
		JdbcClient.StatementSpec statement = FigureSql.bind(this.fixtures.jdbc().sql(sql),
				new Selection(world.planId, null, world.areaId, today), null, null, today);
		if (tally) {
			// read the tally whatever other tests of this database recorded at later
			// instants: this area's work was all recorded before now
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

	private Map<String, Object> reportsAsOf(MetricWorld world, LocalDate day) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put(day + " summary", this.reports.summary(world.filter(day)));
		out.put(day + " departments",
				this.reports.departments(world.user("leader"), world.filter(day), DepartmentSort.NAME, false));
		return out;
	}

}
