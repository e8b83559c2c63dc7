package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.hanoi.plantracker.agency.AgencyAdministration;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.assignment.AssignmentService;
import vn.hanoi.plantracker.assignment.DeadlineService;
import vn.hanoi.plantracker.dashboard.DashboardFilter;
import vn.hanoi.plantracker.dashboard.LeadershipAttention;
import vn.hanoi.plantracker.dashboard.OverdueDashboard;
import vn.hanoi.plantracker.plan.TaskEditing;
import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.FigureGrid;
import vn.hanoi.plantracker.standing.FigureGrids;
import vn.hanoi.plantracker.standing.FigureSql;
import vn.hanoi.plantracker.standing.Selection;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.PlanChangingTest;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.Today;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figure owner's grid, kept by agency: after a save it reads again the saving
 * agency's cells and no other's (as do the dashboard's tallies and the leadership's
 * attention rows), and after every change it equals the figures counted from scratch in
 * one statement (every metric, every agency, the city's own work and the requested
 * bodies' apart), today and as of a day that has ended.
 */
@PlanChangingTest
class FigureGridTests {

	private static final LocalDate DAY = LocalDate.of(2059, 4, 7);

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
	FigureGrids grids;

	@Autowired
	ReadCaches caches;

	@Autowired
	Today today;

	@Autowired
	OverdueDashboard overdue;

	@Autowired
	LeadershipAttention attention;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aSaveReadsAgainItsAgencysCellsOnlyAndTheGridIsTheFiguresCountedFromScratch() {
		this.clock.setHanoiTime(DAY.atTime(8, 0));
		MetricWorld world = new MetricWorld(this.fixtures, this.clock, this.agencyAdministration, this.taskEditing,
				this.assignments, this.deadlines);
		long health = world.agency(AgencyKind.DEPARTMENT, DAY.minusDays(40));
		long ward = world.agency(AgencyKind.LOCAL_AUTHORITY, DAY.minusDays(40));
		long court = world.agency(AgencyKind.JUDICIAL, DAY.minusDays(40));
		long early = world.task(MetricWorld.fixed(DAY.plusDays(3)), Set.of(health), Set.of(ward), Set.of(court));
		long late = world.task(MetricWorld.fixed(DAY.plusDays(1)), Set.of(ward), Set.of(health), Set.of());
		// their officers' accounts first: a new account changes the structure (names
		// every
		// page shows), which reads every agency again
		for (long agency : new long[] { health, ward, court }) {
			this.fixtures.officerOf(world.code(agency));
		}
		assertGridIsTheCount(world, DAY);
		long[] saves = { world.assignment(early, health), world.assignment(late, ward), world.assignment(early, court),
				world.assignment(late, health) };
		long[] agencies = { health, ward, court, health };
		DashboardFilter dashboard = new DashboardFilter(DashboardFilter.OVERDUE, null, null, world.areaId, null, null,
				null, null, null, null);
		for (int i = 0; i < saves.length; i++) {
			world.at(DAY.atTime(9 + i, 0));
			this.overdue.counts(dashboard);
			this.attention.rows();
			Map<String, Long> before = this.caches.agenciesRead();
			world.progress(saves[i], 20 + 10 * i);
			assertGridIsTheCount(world, DAY);
			this.overdue.counts(dashboard);
			this.attention.rows();
			Map<String, Long> after = this.caches.agenciesRead();
			for (String cache : List.of("figure-grid", "overdue-tallies", "leadership-attention")) {
				assertThat(after.get(cache) - before.get(cache))
					.as("agencies %s read again after a save of agency %s", cache, agencies[i])
					.isEqualTo(1);
			}
		}
		world.at(DAY.atTime(15, 0));
		world.submit(saves[0]);
		world.accept(saves[0]);
		world.submit(saves[1]);
		assertGridIsTheCount(world, DAY);
		// two days later: the late task is overdue, the early one was done on time
		LocalDate later = DAY.plusDays(2);
		world.at(later.atTime(10, 0));
		assertGridIsTheCount(world, later);
		world.giveBack(saves[1]);
		assertGridIsTheCount(world, later);
		assertGridIsTheCount(world, DAY);
		// a day that has ended: read once for every agency, then kept whatever is saved
		// later (its figures never change afterwards)
		Map<String, Long> loads = this.caches.loads();
		long parts = this.caches.agenciesRead().get("figure-grid");
		world.at(later.atTime(11, 0));
		world.progress(saves[3], 90);
		assertGridIsTheCount(world, DAY);
		assertThat(this.caches.loads().get("figure-grid-ended")).as("the ended day's grid read again after a save")
			.isEqualTo(loads.get("figure-grid-ended"));
		assertThat(this.caches.agenciesRead().get("figure-grid")).as("an agency's part of an ended day read again")
			.isEqualTo(parts);
		assertGridIsTheCount(world, later);
	}

	/**
	 * The grid's agencies and totals of the world's key area as of {@code day} equal the
	 * counts of one statement over the history, grouped by agency.
	 */
	private void assertGridIsTheCount(MetricWorld world, LocalDate day) {
		Selection selection = new Selection(world.planId, null, world.areaId, day);
		FigureGrid grid = this.grids.asOf(day);
		Map<String, Counts> fromGrid = new TreeMap<>();
		for (boolean requested : new boolean[] { false, true }) {
			for (FigureGrid.AgencyCounts row : grid.byAgency(selection, requested)) {
				fromGrid.put(requested + " " + row.agency().id(), row.counts());
			}
			fromGrid.put(requested + " total", grid.total(selection, requested));
		}
		Map<String, Counts> counted = new TreeMap<>(countedFromScratch(selection));
		assertThat(counted).as("figures counted from scratch as of %s", day).hasSizeGreaterThan(2);
		assertThat(fromGrid).as("the grid as of %s", day).isEqualTo(counted);
	}

	private Map<String, Counts> countedFromScratch(Selection selection) {
		String sql = "select a.requested, ag.id as agency_id, " + FigureSql.COUNTS + FigureSql.COUNTED
				+ " group by grouping sets ((a.requested, ag.id), (a.requested))";
		Map<String, Counts> counts = new LinkedHashMap<>();
		counts.put("false total", Counts.NONE);
		counts.put("true total", Counts.NONE);
		FigureSql.bind(this.fixtures.jdbc().sql(sql), selection, null, null, this.today.date())
			.query((rs, n) -> counts.put(
					rs.getBoolean("requested") + " "
							+ ((rs.getObject("agency_id") != null) ? rs.getLong("agency_id") : "total"),
					FigureSql.counts(rs)))
			.list();
		return counts;
	}

}
