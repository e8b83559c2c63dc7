package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.PlanChangingTest;
import vn.hanoi.plantracker.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The nightly roll-forward at several dates: the current and next period always exist for
 * every agency on a recurring task, and a second run creates nothing.
 */
@PlanChangingTest
class PeriodRollForwardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	PeriodRollForward rollForward;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void ongoingTasksAlwaysHaveTheCurrentAndNextHalfYearAndASecondRunCreatesNothing() throws Exception {
		this.clock.setHanoiTime(LocalDate.of(2026, 10, 1).atTime(9, 0));
		String lead = this.fixtures.unusedCommune();
		String support = this.fixtures.unusedCommune();
		long taskId = createTask("ONGOING", null, null, lead, support);
		assertThat(periods(taskId, lead)).containsExactly("2026-H2", "2027-H1");

		this.clock.setHanoiTime(LocalDate.of(2027, 7, 1).atTime(0, 20));
		this.rollForward.run();
		assertThat(periods(taskId, lead)).containsExactly("2026-H2", "2027-H1", "2027-H2", "2028-H1");
		assertThat(periods(taskId, support)).containsExactly("2026-H2", "2027-H1", "2027-H2", "2028-H1");
		long total = count();
		this.rollForward.run();
		assertThat(count()).isEqualTo(total);

		this.clock.setHanoiTime(LocalDate.of(2028, 1, 2).atTime(0, 20));
		this.rollForward.run();
		assertThat(periods(taskId, lead)).endsWith("2028-H1", "2028-H2");
		assertThat(this.fixtures.jdbc()
			.sql("""
					select count(*) from assignment where task_id = ? and period = '2028-H2'
					  and due_date = date '2028-12-15' and original_due_date = date '2028-12-15'""")
			.param(taskId)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void yearlyTasksRollForwardByYearAndSkipAgenciesNoLongerActive() throws Exception {
		this.clock.setHanoiTime(LocalDate.of(2026, 10, 1).atTime(9, 0));
		String lead = this.fixtures.unusedCommune();
		String ending = this.fixtures.unusedCommune();
		long taskId = createTask("ANNUAL", 7, 30, lead, ending);
		assertThat(periods(taskId, lead)).containsExactly("2026", "2027");
		this.fixtures.jdbc()
			.sql("update agency set active_until = date '2027-12-31' where code = ?")
			.param(ending)
			.update();
		this.clock.setHanoiTime(LocalDate.of(2028, 3, 1).atTime(8, 0));
		this.rollForward.run();
		this.rollForward.run();
		assertThat(periods(taskId, lead)).containsExactly("2026", "2027", "2028", "2029");
		assertThat(periods(taskId, ending)).containsExactly("2026", "2027");
	}

	private long createTask(String kind, Integer month, Integer day, String lead, String support) throws Exception {
		String code = "R" + UUID.randomUUID().toString().substring(0, 8);
		MockHttpServletRequestBuilder request = post("/tasks/new")
			.param("areaId", "" + this.fixtures.jdbc().sql("select min(id) from key_area").query(Long.class).single())
			.param("code", code)
			.param("titleVi", "Nhiệm vụ định kỳ " + code)
			.param("titleEn", "Recurring task " + code)
			.param("outputVi", "Báo cáo")
			.param("outputEn", "Report")
			.param("scheduleKind", kind)
			.param("leadAgencyIds", "" + agencyId(lead))
			.param("supportAgencyIds", "" + agencyId(support))
			.with(csrf())
			.with(this.fixtures.as(this.fixtures.user("coordinator")));
		if (month != null) {
			request.param("dueMonth", "" + month).param("dueDay", "" + day);
		}
		this.mvc.perform(request).andExpect(status().isFound());
		return this.fixtures.jdbc().sql("select id from task where code = ?").param(code).query(Long.class).single();
	}

	private List<String> periods(long taskId, String agencyCode) {
		return this.fixtures.jdbc()
			.sql("""
					select a.period from assignment a join agency ag on ag.id = a.agency_id
					where a.task_id = ? and ag.code = ? order by a.due_date""")
			.params(taskId, agencyCode)
			.query(String.class)
			.list();
	}

	private long count() {
		return this.fixtures.jdbc().sql("select count(*) from assignment").query(Long.class).single();
	}

	private long agencyId(String code) {
		return this.fixtures.jdbc().sql("select id from agency where code = ?").param(code).query(Long.class).single();
	}

}
