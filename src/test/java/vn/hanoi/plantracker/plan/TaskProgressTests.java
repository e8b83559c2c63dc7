package vn.hanoi.plantracker.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A task shown as a row says how many agencies of each group have completed it and how
 * many are overdue, counted by agency: "x/126 phường, xã hoàn thành; y quá hạn".
 */
@IntegrationTest
class TaskProgressTests {

	@Autowired
	PlanQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Test
	void countsAreByAgencyAndGroupAndMatchIndependentSql() {
		long plan = this.jdbc.sql("select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14'")
			.query(Long.class)
			.single();
		long task = this.jdbc.sql("""
				select t.id from task t join key_area k on k.id = t.key_area_id
				where k.plan_id = :plan and t.code = '1.1'""").param("plan", plan).query(Long.class).single();
		LocalDate today = LocalDate.of(2026, 3, 15);
		Map<Long, List<TaskProgress>> all = this.queries.taskProgress(plan, null, today);
		List<TaskProgress> progress = all.get(task);
		assertThat(this.queries.taskProgress(plan, task, today).get(task)).isEqualTo(progress);
		assertThat(progress).extracting(TaskProgress::group)
			.containsExactly(TaskProgress.Group.CITY, TaskProgress.Group.LOCAL);
		TaskProgress local = progress.get(1);
		assertThat(local.agencies()).isEqualTo(126);
		// independently: a ward has completed 1.1 when its assignment is completed; it is
		// overdue when its assignment is open past 30/09/2025
		Map<String, Object> expected = this.jdbc.sql("""
				select count(*) filter (where a.status = 'COMPLETED') as completed,
				       count(*) filter (where a.status <> 'COMPLETED' and a.due_date < date '2026-03-15') as overdue
				from assignment a join agency ag on ag.id = a.agency_id
				where a.task_id = :task and ag.kind = 'LOCAL_AUTHORITY' and a.closed_at is null""")
			.param("task", task)
			.query()
			.singleRow();
		assertThat(local.completed()).isEqualTo(((Number) expected.get("completed")).intValue());
		assertThat(local.overdue()).isEqualTo(((Number) expected.get("overdue")).intValue());
		assertThat(local.completed() + local.overdue()).isLessThanOrEqualTo(126);
	}

	@Test
	void planAndTaskPagesShowTheCountsByGroup() throws Exception {
		long plan = this.jdbc.sql("select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14'")
			.query(Long.class)
			.single();
		String page = this.mvc.perform(get("/plans/" + plan).with(this.users.as("leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("\\d+/126 phường, xã hoàn thành")
			.containsPattern("\\d+/\\d+ sở, ngành hoàn thành")
			.containsPattern("\\d+/3 cơ quan được đề nghị hoàn thành");
		long task61 = this.jdbc.sql("""
				select t.id from task t join key_area k on k.id = t.key_area_id
				where k.plan_id = :plan and t.code = '6.1'""").param("plan", plan).query(Long.class).single();
		this.mvc.perform(get("/tasks/" + task61 + "?lang=en").with(this.users.as("coordinator")))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString())
				.containsPattern("\\d+/126 wards and communes completed"));
	}

}
