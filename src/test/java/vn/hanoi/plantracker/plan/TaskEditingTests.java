package vn.hanoi.plantracker.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.PlanChangingTest;
import vn.hanoi.plantracker.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's task editing on real PostgreSQL: agencies added get assignments,
 * agencies removed have theirs closed (never deleted), a deadline change moves the open
 * assignments with a history entry, and a stale form is a 409. Each test works on a task
 * and communes of its own.
 */
@PlanChangingTest
class TaskEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	private long areaId;

	private String first;

	private String second;

	@BeforeEach
	void setUp() {
		this.clock.setHanoiTime(LocalDate.of(2026, 10, 1).atTime(9, 0));
		this.areaId = this.fixtures.jdbc().sql("select min(id) from key_area").query(Long.class).single();
		this.first = this.fixtures.unusedCommune();
		this.second = this.fixtures.unusedCommune();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aNewTaskGetsAnAssignmentForEachAgency() throws Exception {
		long taskId = createFixedTask(LocalDate.of(2027, 3, 31), this.first, this.second);
		assertThat(assignments(taskId)).extracting(
				(row) -> row.get("code") + "/" + row.get("role") + "/" + row.get("period") + "/" + row.get("due_date"))
			.containsExactlyInAnyOrder(this.first + "/LEAD//2027-03-31", this.second + "/SUPPORT//2027-03-31");
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from task_change where task_id = ? and kind = 'CREATE'")
			.param(taskId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void removingAnAgencyClosesItsAssignmentWithHistoryAndAddingOneCreatesIt() throws Exception {
		long taskId = createFixedTask(LocalDate.of(2027, 3, 31), this.first, this.second);
		long secondsAssignment = assignmentOf(taskId, this.second);
		// the supporting commune has already reported: its work must survive
		this.mvc
			.perform(multipart("/assignments/{id}/progress", secondsAssignment)
				.param("version", "" + this.fixtures.version(secondsAssignment))
				.param("status", "IN_PROGRESS")
				.param("percent", "20")
				.param("note", "Đã triển khai")
				.with(csrf())
				.with(this.fixtures.as(this.fixtures.officerOf(this.second))))
			.andExpect(status().isFound());
		String third = this.fixtures.unusedCommune();
		Map<String, String> form = form(taskId, LocalDate.of(2027, 3, 31));
		form.put("supportAgencyIds", "" + agencyId(third));
		save(taskId, form).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Hãy nêu lý do")));
		assertThat(this.fixtures.assignmentRow(secondsAssignment).get("closed_at")).isNull();
		form.put("reason", "Xã không thuộc phạm vi nhiệm vụ");
		save(taskId, form).andExpect(status().isFound());
		Map<String, Object> closed = this.fixtures.assignmentRow(secondsAssignment);
		assertThat(closed.get("closed_at")).isNotNull();
		assertThat(closed.get("closed_reason")).isEqualTo("Xã không thuộc phạm vi nhiệm vụ");
		assertThat(((Number) closed.get("percent_complete")).intValue()).isEqualTo(20);
		assertThat(this.fixtures.jdbc()
			.sql("select kind from progress_update where assignment_id = ? order by id")
			.param(secondsAssignment)
			.query(String.class)
			.list()).containsExactly("PROGRESS", "CLOSE");
		assertThat(assignmentOf(taskId, third)).isPositive();
		this.mvc.perform(get("/tasks/" + taskId).with(as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(agencyName(third))));
	}

	@Test
	void aChangedDeadlineMovesOpenAssignmentsAndKeepsTheOriginalDate() throws Exception {
		long taskId = createFixedTask(LocalDate.of(2027, 3, 31), this.first, this.second);
		long lead = assignmentOf(taskId, this.first);
		Map<String, String> form = form(taskId, LocalDate.of(2027, 6, 30));
		save(taskId, form).andExpect(status().isUnprocessableContent());
		form.put("reason", "Theo phụ lục Kế hoạch");
		form.put("deadlineConfirmed", "true");
		save(taskId, form).andExpect(status().isFound());
		Map<String, Object> row = this.fixtures.assignmentRow(lead);
		assertThat(row.get("due_date")).hasToString("2027-06-30");
		assertThat(row.get("original_due_date")).hasToString("2027-03-31");
		assertThat(this.fixtures.jdbc()
			.sql("select note from progress_update where assignment_id = ? and kind = 'DEADLINE_CHANGE'")
			.param(lead)
			.query(String.class)
			.list()).containsExactly("Theo phụ lục Kế hoạch");
		this.mvc.perform(get("/tasks/" + taskId).with(as("leader")))
			.andExpect(content().string(containsString("Theo phụ lục Kế hoạch")))
			.andExpect(content().string(containsString("đã đổi thời hạn")));
		assertThat(this.fixtures.jdbc()
			.sql("select provisional from task where id = ?")
			.param(taskId)
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void aDeadlineChangeLeavesAnIndividuallyChangedDateAlone() throws Exception {
		long taskId = createFixedTask(LocalDate.of(2027, 3, 31), this.first, this.second);
		long moved = assignmentOf(taskId, this.second);
		this.mvc
			.perform(post("/assignments/{id}/due-date", moved).param("version", "" + this.fixtures.version(moved))
				.param("newDueDate", "2027-05-15")
				.param("reason", "Gia hạn riêng cho xã")
				.with(csrf())
				.with(as("coordinator")))
			.andExpect(status().isFound());
		Map<String, String> form = form(taskId, LocalDate.of(2027, 4, 30));
		form.put("supportAgencyIds", "" + agencyId(this.second));
		form.put("reason", "Điều chỉnh chung");
		save(taskId, form).andExpect(status().isFound());
		assertThat(this.fixtures.assignmentRow(assignmentOf(taskId, this.first)).get("due_date"))
			.hasToString("2027-04-30");
		assertThat(this.fixtures.assignmentRow(moved).get("due_date")).hasToString("2027-05-15");
	}

	@Test
	void aOneOffTaskMadeYearlyClosesTheOneOffPeriodAndOpensTheYears() throws Exception {
		long taskId = createFixedTask(LocalDate.of(2027, 3, 31), this.first);
		Map<String, String> form = form(taskId, LocalDate.of(2027, 3, 31));
		form.remove("dueDate");
		form.put("scheduleKind", "ANNUAL");
		form.put("dueMonth", "7");
		form.put("dueDay", "30");
		form.put("reason", "Nhiệm vụ thực hiện hằng năm");
		save(taskId, form).andExpect(status().isFound());
		assertThat(assignments(taskId)).extracting((row) -> row.get("period") + "/" + row.get("due_date"))
			.containsExactlyInAnyOrder("2026/2026-07-30", "2027/2027-07-30");
		assertThat(this.fixtures.jdbc()
			.sql("select closed_reason from assignment where task_id = ? and period = ''")
			.param(taskId)
			.query(String.class)
			.single()).isEqualTo("Nhiệm vụ thực hiện hằng năm");
	}

	@Test
	void aStaleTaskFormIsAConflictAndChangesNothing() throws Exception {
		long taskId = createFixedTask(LocalDate.of(2027, 3, 31), this.first);
		Map<String, String> form = form(taskId, LocalDate.of(2027, 3, 31));
		form.put("titleVi", "Bản lưu thứ nhất");
		save(taskId, form).andExpect(status().isFound());
		form.put("titleVi", "Bản gõ thứ hai");
		save(taskId, form).andExpect(status().isConflict())
			.andExpect(content().string(containsString("người khác lưu")))
			.andExpect(content().string(containsString("Bản gõ thứ hai")));
		assertThat(this.fixtures.jdbc()
			.sql("select title_vi from task where id = ?")
			.param(taskId)
			.query(String.class)
			.single()).isEqualTo("Bản lưu thứ nhất");
	}

	@Test
	void aCodeTakenInTheAreaIsRefused() throws Exception {
		long taskId = createFixedTask(LocalDate.of(2027, 3, 31), this.first);
		String code = this.fixtures.jdbc()
			.sql("select code from task where id = ?")
			.param(taskId)
			.query(String.class)
			.single();
		Map<String, String> form = newForm(code, LocalDate.of(2027, 3, 31));
		form.put("leadAgencyIds", "" + agencyId(this.second));
		postForm("/tasks/new", form).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("nhiệm vụ khác trong lĩnh vực này")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "leader", "admin", "officer.health" })
	void onlyTheCoordinatorEditsTasks(String username) throws Exception {
		long taskId = createFixedTask(LocalDate.of(2027, 3, 31), this.first);
		this.mvc.perform(get("/tasks/{id}/edit", taskId).with(as(username))).andExpect(status().isForbidden());
		this.mvc.perform(get("/tasks/new").param("area", "" + this.areaId).with(as(username)))
			.andExpect(status().isForbidden());
		Map<String, String> form = form(taskId, LocalDate.of(2027, 3, 31));
		form.put("titleVi", "Sửa trái phép");
		MockHttpServletRequestBuilder request = post("/tasks/{id}/edit", taskId).with(csrf()).with(as(username));
		form.forEach(request::param);
		this.mvc.perform(request).andExpect(status().isForbidden());
		MockHttpServletRequestBuilder create = post("/tasks/new").with(csrf()).with(as(username));
		newForm("X" + UUID.randomUUID().toString().substring(0, 6), LocalDate.of(2027, 3, 31)).forEach(create::param);
		this.mvc.perform(create.param("leadAgencyIds", "" + agencyId(this.first))).andExpect(status().isForbidden());
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from task where title_vi = 'Sửa trái phép'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theNewTaskFormOpensForTheCoordinatorAndTheTaskPageLinksToIt() throws Exception {
		this.mvc.perform(get("/tasks/new").param("area", "" + this.areaId).with(as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"task-form\"")));
		long taskId = createFixedTask(LocalDate.of(2027, 3, 31), this.first);
		this.mvc.perform(get("/tasks/" + taskId).with(as("coordinator")))
			.andExpect(content().string(containsString("id=\"edit-task-link\"")));
		this.mvc.perform(get("/tasks/" + taskId).with(as("leader")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"edit-task-link\""))));
	}

	@Test
	void theEditFormShowsAgenciesGroupedByKind() throws Exception {
		long taskId = createFixedTask(LocalDate.of(2027, 3, 31), this.first);
		this.mvc.perform(get("/tasks/{id}/edit", taskId).with(as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Xã, phường</div>")))
			.andExpect(content().string(containsString("role=\"group\"")))
			.andExpect(content().string(containsString("data-filter-list=\"leadAgencyIds-list\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("multiple"))))
			.andExpect(content().string(containsString("id=\"task-form\"")));
	}

	long createFixedTask(LocalDate due, String lead, String... support) throws Exception {
		String code = "T" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> form = newForm(code, due);
		form.put("leadAgencyIds", "" + agencyId(lead));
		MockHttpServletRequestBuilder request = post("/tasks/new").with(csrf()).with(as("coordinator"));
		form.forEach(request::param);
		for (String code2 : support) {
			request.param("supportAgencyIds", "" + agencyId(code2));
		}
		this.mvc.perform(request).andExpect(status().isFound());
		return this.fixtures.jdbc().sql("select id from task where code = ?").param(code).query(Long.class).single();
	}

	private Map<String, String> newForm(String code, LocalDate due) {
		Map<String, String> form = new java.util.LinkedHashMap<>();
		form.put("areaId", "" + this.areaId);
		form.put("code", code);
		form.put("titleVi", "Nhiệm vụ kiểm thử " + code);
		form.put("titleEn", "Test task " + code);
		form.put("outputVi", "Báo cáo");
		form.put("outputEn", "Report");
		form.put("scheduleKind", "FIXED");
		form.put("dueDate", due.toString());
		return form;
	}

	/** The task as it is now, with only its lead kept and a new due date. */
	private Map<String, String> form(long taskId, LocalDate due) {
		Map<String, Object> task = this.fixtures.jdbc()
			.sql("select * from task where id = ?")
			.param(taskId)
			.query()
			.singleRow();
		Map<String, String> form = newForm((String) task.get("code"), due);
		form.put("version", "" + task.get("version"));
		form.put("titleVi", (String) task.get("title_vi"));
		form.put("leadAgencyIds",
				"" + this.fixtures.jdbc()
					.sql("select agency_id from task_agency where task_id = ? and role = 'LEAD'")
					.param(taskId)
					.query(Long.class)
					.single());
		return form;
	}

	private ResultActions save(long taskId, Map<String, String> form) throws Exception {
		return postForm("/tasks/" + taskId + "/edit", form);
	}

	private ResultActions postForm(String url, Map<String, String> form) throws Exception {
		MockHttpServletRequestBuilder request = post(url).with(csrf()).with(as("coordinator"));
		form.forEach(request::param);
		return this.mvc.perform(request);
	}

	private List<Map<String, Object>> assignments(long taskId) {
		return this.fixtures.jdbc().sql("""
				select ag.code, a.role, a.period, a.due_date from assignment a join agency ag on ag.id = a.agency_id
				where a.task_id = ? and a.closed_at is null""").param(taskId).query().listOfRows();
	}

	private long assignmentOf(long taskId, String agencyCode) {
		return this.fixtures.jdbc()
			.sql("select a.id from assignment a join agency ag on ag.id = a.agency_id where a.task_id = ? and ag.code = ?")
			.params(taskId, agencyCode)
			.query(Long.class)
			.single();
	}

	private long agencyId(String code) {
		return this.fixtures.jdbc().sql("select id from agency where code = ?").param(code).query(Long.class).single();
	}

	private String agencyName(String code) {
		return this.fixtures.jdbc()
			.sql("select name_vi from agency where code = ?")
			.param(code)
			.query(String.class)
			.single();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return this.fixtures.as(this.fixtures.user(username));
	}

}
