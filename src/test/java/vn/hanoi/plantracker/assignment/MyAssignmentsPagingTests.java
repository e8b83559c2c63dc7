package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.ListPages;
import vn.hanoi.plantracker.support.StatementCounter;
import vn.hanoi.plantracker.support.Volume;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The officer's list is paged, 20 rows a page, whatever the size of the agency: the pages
 * hold every row once, their links keep the filters, and a page costs the same statements
 * at any volume. The data is changed inside the test's transaction, which is rolled back.
 */
@IntegrationTest
@Transactional
class MyAssignmentsPagingTests {

	private static final Pattern ROW = Pattern.compile("href=\"/assignments/(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StatementCounter statements;

	@Autowired
	Today today;

	@Autowired
	MyAssignmentList list;

	@PersistenceContext
	EntityManager entityManager;

	private long health() {
		return this.fixtures.jdbc().sql("select id from agency where code = 'SYT'").query(Long.class).single();
	}

	private static List<Long> rows(String html) {
		return ROW.matcher(html).results().map((m) -> Long.parseLong(m.group(1))).toList();
	}

	@Test
	void aPageHoldsTwentyRowsAndTheSecondPageTheRestWithTheFiltersKept() throws Exception {
		long health = health();
		String openOfHealth = "select count(*) from assignment where agency_id = :agency and closed_at is null"
				+ " and status <> 'COMPLETED'";
		while (this.fixtures.jdbc().sql(openOfHealth).param("agency", health).query(Long.class).single() < 27) {
			Volume.grow(this.fixtures.jdbc(), 1, this.today.date(), health);
		}
		// exactly 27 of the agency's open unfinished work returned for correction
		this.fixtures.jdbc().sql("""
				update assignment set status = case
				  when id in (select id from assignment where agency_id = :agency and closed_at is null
				              and status <> 'COMPLETED' order by id limit 27) then 'RETURNED'
				  when status = 'RETURNED' then 'IN_PROGRESS' else status end
				where agency_id = :agency""").param("agency", health).update();
		List<Long> returned = this.fixtures.jdbc()
			.sql("select id from assignment where agency_id = :agency and closed_at is null and status = 'RETURNED'")
			.param("agency", health)
			.query(Long.class)
			.list();
		assertThat(returned).hasSize(27);
		PlanUser officer = this.fixtures.user("officer.health");

		List<String> pages = ListPages.all(this.mvc, this.fixtures.as(officer), "/my/assignments?status=RETURNED");

		assertThat(pages).hasSize(2);
		assertThat(rows(pages.get(0))).hasSize(20);
		assertThat(rows(pages.get(1))).hasSize(7);
		List<Long> all = new ArrayList<>(rows(pages.get(0)));
		all.addAll(rows(pages.get(1)));
		assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(returned);
		// the next page keeps the filter; both pages say how many in all and which rows
		assertThat(pages.get(0)).contains("href=\"/my/assignments?status=RETURNED&amp;page=2\"")
			.contains("Dòng 1–20 trong 27 (trang 1/2)");
		assertThat(pages.get(1)).contains("href=\"/my/assignments?status=RETURNED&amp;page=1\"")
			.contains("Dòng 21–27 trong 27 (trang 2/2)");
		assertThat(pages).allSatisfy((page) -> assertThat(page).contains("id=\"my-count\">27 nhiệm vụ<")
			.contains("value=\"RETURNED\" selected=\"selected\""));
		// a page beyond the last shows the last
		String beyond = this.mvc.perform(
				get("/my/assignments").param("status", "RETURNED").param("page", "9").with(this.fixtures.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(beyond)).isEqualTo(rows(pages.get(1)));
	}

	@Test
	void aPageCostsTheSameStatementsWhateverTheSizeOfTheAgency() throws Exception {
		PlanUser officer = this.fixtures.user("officer.health");
		long before = statementsOfTheList(officer);
		int added = Volume.grow(this.fixtures.jdbc(), 3, this.today.date(), health());
		assertThat(added).isGreaterThan(20);
		long after = statementsOfTheList(officer);
		assertThat(after).isEqualTo(before);
		String html = this.mvc.perform(get("/my/assignments").with(this.fixtures.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(html)).hasSize(20);
	}

	/**
	 * Each filter of the officer's list (status, area, role, overdue, and all at once)
	 * counts and lists exactly the agency's open rows it names, by an oracle over the
	 * agency's rows written here.
	 */
	@Test
	void eachFilterCountsAndListsExactlyTheRowsItNames() {
		long health = health();
		LocalDate day = this.today.date();
		record Open(long id, AssignmentStatus status, int area, AgencyRole role, LocalDate due) {
		}
		String sql = """
				select a.id, a.status, k.ordinal, a.role, a.due_date from assignment a
				join task t on t.id = a.task_id join key_area k on k.id = t.key_area_id
				where a.agency_id = :agency and a.closed_at is null order by a.id""";
		long late = this.fixtures.jdbc()
			.sql("select min(id) from assignment where agency_id = :agency and closed_at is null"
					+ " and status in ('NOT_STARTED', 'IN_PROGRESS', 'RETURNED')")
			.param("agency", health)
			.query(Long.class)
			.single();
		// one row surely overdue: open and due three days ago
		this.fixtures.jdbc()
			.sql("update assignment set due_date = :due where id = :id")
			.param("due", day.minusDays(3))
			.param("id", late)
			.update();
		List<Open> open = this.fixtures.jdbc()
			.sql(sql)
			.param("agency", health)
			.query((rs, n) -> new Open(rs.getLong("id"), AssignmentStatus.valueOf(rs.getString("status")),
					rs.getInt("ordinal"), AgencyRole.valueOf(rs.getString("role")),
					rs.getObject("due_date", LocalDate.class)))
			.list();
		Open one = open.stream().filter((o) -> o.id() == late).findFirst().orElseThrow();
		List<MyAssignmentFilter> filters = List.of(new MyAssignmentFilter(null, null, null, false),
				new MyAssignmentFilter(one.status(), null, null, false),
				new MyAssignmentFilter(null, one.area(), null, false),
				new MyAssignmentFilter(null, null, one.role(), false), new MyAssignmentFilter(null, null, null, true),
				new MyAssignmentFilter(one.status(), one.area(), one.role(), true));

		for (MyAssignmentFilter filter : filters) {
			List<Long> expected = open.stream()
				.filter((o) -> filter.status() == null || o.status() == filter.status())
				.filter((o) -> filter.area() == null || o.area() == filter.area())
				.filter((o) -> filter.role() == null || o.role() == filter.role())
				.filter((o) -> !filter.overdueOnly() || (o.status() != AssignmentStatus.COMPLETED
						&& o.status() != AssignmentStatus.SUBMITTED && o.due().isBefore(day)))
				.map(Open::id)
				.toList();
			assertThat(expected).as("%s", filter).contains(late);
			assertThat(this.list.count(health, filter, day)).as("%s", filter).isEqualTo(expected.size());
			assertThat(this.list.page(health, filter, day, 0, 100_000)).as("%s", filter)
				.extracting(MyAssignmentRow::id)
				.containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	/**
	 * The statements of the page, the fewer of two reads (a background job may run one
	 * during a request), with every cached result out of date.
	 */
	private long statementsOfTheList(PlanUser officer) throws Exception {
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 2; i++) {
			this.entityManager.flush();
			this.entityManager.clear();
			this.fixtures.jdbc()
				.sql("update data_version set version = nextval('data_version_seq'), structure = nextval('data_version_seq')")
				.update();
			this.statements.reset();
			int status = this.mvc.perform(get("/my/assignments").with(this.fixtures.as(officer)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).isEqualTo(200);
			fewest = Math.min(fewest, this.statements.countWithoutSession());
		}
		return fewest;
	}

}
