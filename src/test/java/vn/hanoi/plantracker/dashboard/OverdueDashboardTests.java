package vn.hanoi.plantracker.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.system.Pager;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overdue dashboard's queries on real PostgreSQL, on one commune whose assignments
 * this test sets up alone: the Hanoi-date boundaries, ageing buckets, filters and counts.
 */
@IntegrationTest
class OverdueDashboardTests {

	/** 06:30 on 11 March 2026 in Hanoi, still 10 March in UTC. */
	static final Instant HANOI_MORNING = Instant.parse("2026-03-10T23:30:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	OverdueDashboard dashboard;

	@Autowired
	LeadershipAttention attention;

	private long agencyId;

	private String commune;

	private List<Map<String, Object>> saved;

	private long dueToday;

	private long oneDayOverdue;

	private long sixtyOneDaysOverdue;

	private long hundredDaysOverdue;

	private long dueInSevenDays;

	private long dueInEightDays;

	@BeforeEach
	void oneCommuneWithKnownDueDates() {
		String commune = this.fixtures.unusedCommune();
		this.commune = commune;
		this.agencyId = this.fixtures.jdbc()
			.sql("select id from agency where code = :code")
			.param("code", commune)
			.query(Long.class)
			.single();
		this.saved = this.fixtures.jdbc()
			.sql("select * from assignment where agency_id = :agency")
			.param("agency", this.agencyId)
			.query()
			.listOfRows();
		this.dueToday = withDueDate(commune, "2026-03-11");
		this.oneDayOverdue = withDueDate(commune, "2026-03-10");
		this.sixtyOneDaysOverdue = withDueDate(commune, "2026-01-09");
		this.hundredDaysOverdue = withDueDate(commune, "2025-12-01");
		this.dueInSevenDays = withDueDate(commune, "2026-03-18");
		this.dueInEightDays = withDueDate(commune, "2026-03-19");
		// the commune's other assignments are closed, so the counts are this test's alone
		this.fixtures.jdbc()
			.sql("update assignment set closed_at = now(), closed_reason = 'test' where agency_id = :agency"
					+ " and id not in (:mine)")
			.param("agency", this.agencyId)
			.param("mine",
					List.of(this.dueToday, this.oneDayOverdue, this.sixtyOneDaysOverdue, this.hundredDaysOverdue,
							this.dueInSevenDays, this.dueInEightDays))
			.update();
		this.clock.setInstant(HANOI_MORNING);
	}

	/** Other tests read the reference data: it is put back as it was. */
	@AfterEach
	void restoreTheCommuneAndTheClock() {
		this.clock.reset();
		for (Map<String, Object> row : this.saved) {
			this.fixtures.jdbc().sql("""
					update assignment set due_date = :due_date, original_due_date = :original_due_date, role = :role,
					       closed_at = :closed_at, closed_reason = :closed_reason, last_update_at = :last_update_at
					where id = :id""").params(row).update();
		}
	}

	@Test
	void dueTodayIsNotOverdueAndTheDateIsHanoisNotUtcs() {
		Map<Long, DashboardRow> overdue = rows(filter(DashboardFilter.OVERDUE, null, null, null));
		assertThat(overdue).containsOnlyKeys(this.oneDayOverdue, this.sixtyOneDaysOverdue, this.hundredDaysOverdue);
		assertThat(overdue.get(this.oneDayOverdue).daysOverdue()).isEqualTo(1);
		Map<Long, DashboardRow> dueSoon = rows(filter(DashboardFilter.DUE_SOON, null, null, null));
		assertThat(dueSoon).containsOnlyKeys(this.dueToday, this.dueInSevenDays);
		// one minute before midnight in Hanoi it is still the 10th: that one is due today
		this.clock.setInstant(Instant.parse("2026-03-10T16:59:00Z"));
		assertThat(rows(filter(DashboardFilter.OVERDUE, null, null, null))).containsOnlyKeys(this.sixtyOneDaysOverdue,
				this.hundredDaysOverdue);
	}

	@Test
	void countsAndTheGroupAreThoseOfTheAgency() {
		DashboardCounts counts = this.dashboard.counts(filter(DashboardFilter.OVERDUE, null, null, null));
		assertThat(counts.overdue()).isEqualTo(3);
		assertThat(counts.dueSoon()).isEqualTo(2);
		assertThat(counts.submitted()).isZero();
		// the reports' due set as of today: the three overdue; the one due today is not
		// due before the day ends (one rule with the summary as of today)
		assertThat(counts.dueSoFar()).isEqualTo(3);
		assertThat(counts.onTimePercent()).isZero();
		DashboardPage page = this.dashboard.page(filter(DashboardFilter.OVERDUE, null, null, null));
		assertThat(page.totalGroups()).isEqualTo(1);
		AgencyGroup group = page.groups().get(0);
		assertThat(group.count()).isEqualTo(3);
		assertThat(group.maxDaysOverdue()).isEqualTo(100);
	}

	@Test
	void ageingBucketsSplitAtThirtySixtyAndNinetyDays() {
		assertThat(Ageing.of(0)).isNull();
		assertThat(Ageing.of(1)).isEqualTo(Ageing.UP_TO_30);
		assertThat(Ageing.of(30)).isEqualTo(Ageing.UP_TO_30);
		assertThat(Ageing.of(31)).isEqualTo(Ageing.UP_TO_60);
		assertThat(Ageing.of(61)).isEqualTo(Ageing.UP_TO_90);
		assertThat(Ageing.of(91)).isEqualTo(Ageing.OVER_90);
		assertThat(rows(filter(DashboardFilter.OVERDUE, Ageing.UP_TO_90, null, null)))
			.containsOnlyKeys(this.sixtyOneDaysOverdue);
		assertThat(rows(filter(DashboardFilter.OVERDUE, Ageing.OVER_90, null, null)))
			.containsOnlyKeys(this.hundredDaysOverdue);
		assertThat(rows(filter(DashboardFilter.OVERDUE, Ageing.UP_TO_60, null, null))).isEmpty();
	}

	@Test
	void noUpdateForNDaysCountsFromTheLastUpdateInHanoi() {
		setLastUpdate(this.oneDayOverdue, "2026-03-09T18:00:00Z"); // 10 March in Hanoi
		setLastUpdate(this.sixtyOneDaysOverdue, "2026-03-01T03:00:00Z");
		assertThat(rows(filter(DashboardFilter.OVERDUE, null, 5, null))).containsOnlyKeys(this.sixtyOneDaysOverdue,
				this.hundredDaysOverdue);
		assertThat(rows(filter(DashboardFilter.OVERDUE, null, 1, null))).containsOnlyKeys(this.oneDayOverdue,
				this.sixtyOneDaysOverdue, this.hundredDaysOverdue);
		DashboardRow row = rows(filter(DashboardFilter.OVERDUE, null, null, null)).get(this.oneDayOverdue);
		assertThat(row.lastUpdate()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(row.daysSinceUpdate()).isEqualTo(1);
	}

	@Test
	void roleAndKindFiltersNarrowTheList() {
		this.fixtures.jdbc()
			.sql("update assignment set role = 'SUPPORT' where id = :id")
			.param("id", this.hundredDaysOverdue)
			.update();
		this.fixtures.jdbc()
			.sql("update assignment set role = 'LEAD' where id in (:ids)")
			.param("ids", List.of(this.oneDayOverdue, this.sixtyOneDaysOverdue))
			.update();
		assertThat(rows(filter(DashboardFilter.OVERDUE, null, null, AgencyRole.SUPPORT)))
			.containsOnlyKeys(this.hundredDaysOverdue);
		DashboardFilter department = new DashboardFilter(DashboardFilter.OVERDUE, this.agencyId, AgencyKind.DEPARTMENT,
				null, null, null, null, null, null, null);
		assertThat(this.dashboard.page(department).groups()).isEmpty();
	}

	@Test
	void thePageShowsTheRowsAndKeepsTheFilterInTheUrlWhateverTheSortParameter() throws Exception {
		this.mvc
			.perform(get("/coordinator/overdue").param("agency", "" + this.agencyId)
				.param("sort", "a.id; drop table assignment")
				.param("dir", "sideways")
				.with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"row-" + this.hundredDaysOverdue + "\"")))
			.andExpect(content().string(not(containsString("id=\"row-" + this.dueToday + "\""))))
			.andExpect(content().string(containsString("agency=" + this.agencyId + "&amp;sort=due&amp;dir=desc")));
		this.mvc
			.perform(get("/coordinator/overdue").param("view", "dueSoon")
				.param("agency", "" + this.agencyId)
				.with(this.fixtures.as(this.fixtures.user("leader"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"row-" + this.dueToday + "\"")))
			.andExpect(content().string(not(containsString("id=\"row-" + this.dueInEightDays + "\""))));
	}

	@Test
	void overdueByMoreThanThirtyDaysNeedsLeadershipAttention() throws Exception {
		reopened(withDueDate(this.commune, "2026-02-09"));
		reopened(withDueDate(this.commune, "2026-02-08"));
		// 31, 61 and 100 days overdue; 30 and 1 are not yet a matter for the leadership
		assertThat(this.attention.rows()).filteredOn((row) -> row.agencyId() == this.agencyId)
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.count()).isEqualTo(3);
				assertThat(row.maxDaysOverdue()).isEqualTo(100);
			});
		// the list comes a page at a time: the agency is on the page of its place in it
		int place = this.attention.rows().stream().map((row) -> row.agencyId()).toList().indexOf(this.agencyId);
		this.mvc
			.perform(get("/coordinator/attention").param("page", Integer.toString(place / Pager.PAGE_SIZE + 1))
				.with(this.fixtures.as(this.fixtures.user("leader"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"attention-" + this.agencyId + "\"")));
		this.mvc.perform(get("/coordinator/attention").with(this.fixtures.as(this.fixtures.user("officer.health"))))
			.andExpect(status().isForbidden());
	}

	private long reopened(long id) {
		this.fixtures.jdbc().sql("update assignment set closed_at = null where id = :id").param("id", id).update();
		return id;
	}

	private DashboardFilter filter(String view, Ageing ageing, Integer stale, AgencyRole role) {
		return new DashboardFilter(view, this.agencyId, null, null, role, ageing, stale, null, null, null);
	}

	private Map<Long, DashboardRow> rows(DashboardFilter filter) {
		return this.dashboard.page(filter)
			.groups()
			.stream()
			.flatMap((g) -> g.rows().stream())
			.collect(Collectors.toMap(DashboardRow::id, Function.identity()));
	}

	private long withDueDate(String commune, String date) {
		// of a period that has begun by the test's day: the city's figures count no other
		long id = this.fixtures.freshAssignment(commune, LocalDate.ofInstant(HANOI_MORNING, Today.ZONE));
		this.fixtures.jdbc()
			.sql("update assignment set due_date = :d, original_due_date = :d where id = :id")
			.param("d", LocalDate.parse(date))
			.param("id", id)
			.update();
		return id;
	}

	private void setLastUpdate(long id, String instant) {
		this.fixtures.jdbc()
			.sql("update assignment set last_update_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(Instant.parse(instant)))
			.param("id", id)
			.update();
	}

}
