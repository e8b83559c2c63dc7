package vn.hanoi.plantracker.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.standing.Figures;
import vn.hanoi.plantracker.standing.Selection;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.PlanChangingTest;
import vn.hanoi.plantracker.support.PlanFixture;
import vn.hanoi.plantracker.user.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Amending and closing a published plan, on real PostgreSQL, with a plan of the test's
 * own (dated December 2048, worked in 2049, so that its work exists on no day other tests
 * report on). An amendment's changes are kept aside until it is applied; from then on the
 * plan is as amended, and reports as of earlier days show it as it was; a removed task's
 * work keeps its history. A closed plan refuses every change with a page that says so,
 * and its reports stay.
 */
@PlanChangingTest
class PlanAmendmentTests {

	private static final String HEALTH_COORDINATOR = "test.coordinator.syt";

	private static final LocalDate AMENDED_ON = LocalDate.of(2049, 3, 5);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Figures figures;

	@Autowired
	PlanQueries queries;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anAmendmentChangesThePlanFromTheDayItIsAppliedAndEarlierDaysStayAsTheyWere() throws Exception {
		RequestPostProcessor police = this.fixtures.as(this.fixtures.user("coordinator"));
		on(LocalDate.of(2049, 1, 10));
		long planId = publishedPlan(police, "901/KH-AMEND");
		long kept = taskOf(planId, "1");
		long removed = taskOf(planId, "2");
		long removedWork = assignmentOf(removed);
		// the Health department reports on the task the amendment will remove
		on(LocalDate.of(2049, 1, 20));
		RequestPostProcessor healthOfficer = this.fixtures.as(this.fixtures.officerOf("SYT"));
		this.mvc
			.perform(post("/assignments/" + removedWork + "/progress")
				.param("version", "" + this.fixtures.version(removedWork))
				.param("status", "IN_PROGRESS")
				.param("percent", "40")
				.param("note", "Đã xây dựng dự thảo")
				.with(healthOfficer)
				.with(csrf()))
			.andExpect(status().isFound());

		// the amending plan is recorded and its changes typed before its date: the plan
		// does not move
		on(LocalDate.of(2049, 3, 1));
		long amendment = createAmendment(police, planId, "45/KH-AMEND", AMENDED_ON);
		String base = "/plans/" + planId + "/amendments/" + amendment;
		this.mvc.perform(get(base + "/tasks/" + kept + "/edit").with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"task-form-amendment\"")))
			.andExpect(content().string(containsString("action=\"" + base + "/tasks/" + kept + "/edit\"")));
		this.mvc
			.perform(taskForm(post(base + "/tasks/" + kept + "/edit"), areaId(planId, 1), "1", "Nhiệm vụ 1 sửa đổi",
					LocalDate.of(2049, 3, 20), "STP", "SYT")
				.param("version", "" + taskVersion(kept))
				.with(police))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "amendments.flash.staged"));
		this.mvc.perform(post(base + "/tasks/" + removed + "/remove").with(police).with(csrf()))
			.andExpect(status().isFound());
		this.mvc
			.perform(taskForm(post(base + "/tasks/new"), areaId(planId, 2), "3", "Nhiệm vụ 3 bổ sung",
					LocalDate.of(2049, 6, 30), "STP", null)
				.with(police))
			.andExpect(status().isFound());
		this.mvc.perform(get(base).with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhiệm vụ 1 sửa đổi")))
			.andExpect(content().string(containsString("Nhiệm vụ 3 bổ sung")));
		assertThat(tasksOfPlan(planId)).containsExactly("1 Nhiệm vụ 1", "2 Nhiệm vụ 2");
		// before its date it is not applied
		apply(police, planId, amendment).andExpect(flash().attribute("failure", "amendments.notYet"));
		assertThat(tasksOfPlan(planId)).containsExactly("1 Nhiệm vụ 1", "2 Nhiệm vụ 2");
		assertThat(this.fixtures.assignmentRow(removedWork).get("closed_at")).isNull();

		// on its date it is applied, all changes at once
		on(AMENDED_ON);
		apply(police, planId, amendment).andExpect(flash().attribute("success", "amendments.flash.applied"));
		assertThat(tasksOfPlan(planId)).containsExactly("1 Nhiệm vụ 1 sửa đổi", "3 Nhiệm vụ 3 bổ sung");
		// the plan page: the tasks as amended, and its amendments
		this.mvc.perform(get("/plans/" + planId).with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhiệm vụ 3 bổ sung")))
			.andExpect(content().string(not(containsString(">Nhiệm vụ 2<"))))
			.andExpect(content().string(containsString("Kế hoạch sửa đổi, bổ sung số 45/KH-AMEND ngày 05/03/2049")))
			.andExpect(content().string(containsString("có hiệu lực từ 05/03/2049")));
		// the task as amended: its new deadline and agencies
		assertThat(this.fixtures.assignmentRow(assignmentOf(kept)).get("due_date")).hasToString("2049-03-20");
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from assignment where task_id = ? and closed_at is null")
			.param(kept)
			.query(Long.class)
			.single()).isEqualTo(2);

		// the figures: as of the day before, the plan as it was (task 2's work, overdue
		// since 28/02, and task 1's, not yet due); as of its date, as amended
		var before = this.figures.totals(Selection.of(planId, AMENDED_ON.minusDays(1))).city();
		assertThat(before.total()).isEqualTo(2);
		assertThat(before.overdue()).isEqualTo(1);
		var after = this.figures.totals(Selection.of(planId, AMENDED_ON)).city();
		// task 1 for Justice and now Health, task 3 for Justice
		assertThat(after.total()).isEqualTo(3);
		assertThat(after.overdue()).isZero();
		assertThat(tasksAsOf(planId, AMENDED_ON.minusDays(1))).containsExactly("1 Nhiệm vụ 1", "2 Nhiệm vụ 2");
		assertThat(tasksAsOf(planId, AMENDED_ON)).containsExactly("1 Nhiệm vụ 1 sửa đổi", "3 Nhiệm vụ 3 bổ sung");
		// days later, from the history rather than the current tally: the same
		on(AMENDED_ON.plusDays(10));
		assertThat(this.figures.totals(Selection.of(planId, AMENDED_ON.minusDays(1))).city()).isEqualTo(before);
		assertThat(this.figures.totals(Selection.of(planId, AMENDED_ON)).city()).isEqualTo(after);

		// the removed task's work: withdrawn, not deleted, its history kept with the
		// amendment as the reason
		Map<String, Object> withdrawn = this.fixtures.assignmentRow(removedWork);
		assertThat(withdrawn.get("closed_at")).isNotNull();
		assertThat(withdrawn.get("percent_complete")).hasToString("40");
		assertThat(this.fixtures.jdbc()
			.sql("select kind || ' ' || coalesce(note, '') from progress_update where assignment_id = ? order by created_at, id")
			.param(removedWork)
			.query(String.class)
			.list()).contains("PROGRESS Đã xây dựng dự thảo").last().asString().startsWith("CLOSE");
		assertThat(this.fixtures.jdbc()
			.sql("select note from progress_update where assignment_id = ? and kind = 'CLOSE'")
			.param(removedWork)
			.query(String.class)
			.single()).contains("45/KH-AMEND");
		this.mvc.perform(get("/assignments/" + removedWork).with(healthOfficer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã xây dựng dự thảo")));
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from task_change where amendment_id = ?")
			.param(amendment)
			.query(Long.class)
			.single()).isEqualTo(3);
		// applied: its changes no longer change
		this.mvc.perform(post(base + "/tasks/" + kept + "/remove").with(police).with(csrf()))
			.andExpect(flash().attribute("failure", "amendments.applied"));
	}

	@Test
	void anAmendmentAddsAndRenamesKeyAreasAndEarlierDaysKeepTheOldOnes() throws Exception {
		RequestPostProcessor police = this.fixtures.as(this.fixtures.user("coordinator"));
		on(LocalDate.of(2049, 1, 10));
		long planId = publishedPlan(police, "822/KH-UBND");
		long first = areaId(planId, 1);
		on(LocalDate.of(2049, 3, 1));
		long amendment = createAmendment(police, planId, "46/KH-AMEND", AMENDED_ON);
		String base = "/plans/" + planId + "/amendments/" + amendment;
		this.mvc.perform(get(base).with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"amendment-area-new\"")))
			.andExpect(content().string(containsString("id=\"amendment-area-" + first + "\"")));
		this.mvc
			.perform(post(base + "/areas").param("areaId", "" + first)
				.param("title", "Tuyên truyền, giáo dục")
				.with(police)
				.with(csrf()))
			.andExpect(flash().attribute("success", "amendments.flash.staged"));
		this.mvc.perform(
				post(base + "/areas").param("title", "  Phòng ngừa trên không gian mạng ").with(police).with(csrf()))
			.andExpect(flash().attribute("success", "amendments.flash.staged"));
		// an empty title, and another plan's key area: refused, nothing kept
		this.mvc.perform(post(base + "/areas").param("title", " ").with(police).with(csrf()))
			.andExpect(flash().attribute("failure", "amendments.area.titleRequired"));
		long otherPlansArea = this.fixtures.jdbc()
			.sql("select min(id) from key_area where plan_id <> ?")
			.param(planId)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post(base + "/areas").param("areaId", "" + otherPlansArea)
				.param("title", "Không thuộc kế hoạch")
				.with(police)
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(base).with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đổi tên lĩnh vực 1")))
			.andExpect(content().string(containsString("Phòng ngừa trên không gian mạng")))
			.andExpect(content().string(not(containsString("Không thuộc kế hoạch"))));
		// kept aside: the plan does not move
		assertThat(areasOf(planId)).containsExactly("1 Tuyên truyền", "2 Hỗ trợ nạn nhân");

		on(AMENDED_ON);
		apply(police, planId, amendment).andExpect(flash().attribute("success", "amendments.flash.applied"))
			.andExpect(flash().attribute("successArg", 2));
		assertThat(areasOf(planId)).containsExactly("1 Tuyên truyền, giáo dục", "2 Hỗ trợ nạn nhân",
				"3 Phòng ngừa trên không gian mạng");
		// a report as of the day before reads the key areas as they were; as of the
		// amendment's day, as amended; and so days later
		on(AMENDED_ON.plusDays(10));
		assertThat(outlineAreas(planId, AMENDED_ON.minusDays(1))).containsExactly("1 Tuyên truyền",
				"2 Hỗ trợ nạn nhân");
		assertThat(outlineAreas(planId, AMENDED_ON)).containsExactly("1 Tuyên truyền, giáo dục", "2 Hỗ trợ nạn nhân",
				"3 Phòng ngừa trên không gian mạng");
		// so does the summary's row per key area (the figure owner's SQL), in both
		// languages' columns
		this.mvc
			.perform(get("/reports/summary").param("plan", "" + planId)
				.param("asOf", AMENDED_ON.minusDays(1).toString())
				.with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuyên truyền")))
			.andExpect(content().string(not(containsString("Tuyên truyền, giáo dục"))));
		this.mvc.perform(
				get("/reports/summary").param("plan", "" + planId).param("asOf", AMENDED_ON.toString()).with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuyên truyền, giáo dục")));
		// the new key area takes tasks like any other
		this.mvc
			.perform(taskForm(post("/tasks/new"), areaId(planId, 3), "3", "Nhiệm vụ 3 trên không gian mạng",
					LocalDate.of(2049, 6, 30), "STP", null)
				.param("reason", "Theo Kế hoạch sửa đổi 46/KH-AMEND")
				.with(police))
			.andExpect(status().isFound());
		this.mvc.perform(get("/plans/" + planId).with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phòng ngừa trên không gian mạng")))
			.andExpect(content().string(containsString("Tuyên truyền, giáo dục")));
	}

	@Test
	void onlyThePlansCoordinatorsAndAdministratorsAmendOrCloseItAndInEnglishToo() throws Exception {
		RequestPostProcessor police = this.fixtures.as(this.fixtures.user("coordinator"));
		on(LocalDate.of(2049, 1, 10));
		long planId = publishedPlan(police, "902/KH-AMEND");
		long amendment = createAmendment(this.fixtures.as(this.fixtures.user("admin")), planId, "46/KH-AMEND",
				LocalDate.of(2049, 1, 10));
		String base = "/plans/" + planId + "/amendments/" + amendment;
		RequestPostProcessor health = healthCoordinator();
		// another plan's coordinator: not found, nothing changed
		this.mvc.perform(get("/plans/" + planId + "/amendments/new").with(health)).andExpect(status().isNotFound());
		this.mvc.perform(get(base).with(health)).andExpect(status().isNotFound());
		this.mvc.perform(post(base + "/tasks/" + taskOf(planId, "1") + "/remove").with(health).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(base + "/apply").param("version", "0").with(health).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/plans/" + planId + "/close").param("version", "" + planVersion(planId))
				.with(health)
				.with(csrf()))
			.andExpect(status().isNotFound());
		// an officer: refused
		this.mvc
			.perform(get("/plans/" + planId + "/amendments/new").with(this.fixtures.as(this.fixtures.officerOf("SYT"))))
			.andExpect(status().isForbidden());
		assertThat(planStatus(planId)).isEqualTo("PUBLISHED");
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from plan_amendment_change where amendment_id = ?")
			.param(amendment)
			.query(Long.class)
			.single()).isZero();
		// the plan page offers the buttons to its coordinators only
		this.mvc.perform(get("/plans/" + planId).with(police))
			.andExpect(content().string(containsString("id=\"plan-amend-link\"")));
		this.mvc.perform(get("/plans/" + planId).with(health))
			.andExpect(content().string(not(containsString("id=\"plan-amend-link\""))));

		// refusals in the user's language: an empty document, an amendment without
		// changes
		this.mvc.perform(post("/plans/" + planId + "/amendments/new").with(police).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Hãy nhập số kế hoạch sửa đổi")));
		this.mvc.perform(post("/plans/" + planId + "/amendments/new").param("lang", "en").with(police).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter the amending plan number")));
		apply(police, planId, amendment).andExpect(flash().attribute("failure", "amendments.noChanges"));
		this.mvc.perform(get(base).param("lang", "en").with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Amending plan No. 46/KH-AMEND of 10/01/2049")));
	}

	@Test
	void aClosedPlanRefusesEveryChangeWithAMessageAndKeepsItsReports() throws Exception {
		RequestPostProcessor police = this.fixtures.as(this.fixtures.user("coordinator"));
		on(LocalDate.of(2049, 1, 10));
		long planId = publishedPlan(police, "903/KH-AMEND");
		long task = taskOf(planId, "1");
		long work = assignmentOf(task);
		long draftAmendment = createAmendment(police, planId, "47/KH-AMEND", LocalDate.of(2049, 1, 10));
		on(LocalDate.of(2049, 4, 2));
		LocalDate asOf = LocalDate.of(2049, 4, 1);
		var figuresBefore = this.figures.totals(Selection.of(planId, asOf));

		this.mvc
			.perform(post("/plans/" + planId + "/close").param("version", "" + planVersion(planId))
				.with(police)
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "plans.flash.closed"));
		assertThat(planStatus(planId)).isEqualTo("CLOSED");

		// progress, due dates, task edits, amendments and rounds: refused with the
		// message,
		// nothing saved
		long history = this.fixtures.historyCount(work);
		this.mvc
			.perform(post("/assignments/" + work + "/progress").param("version", "" + this.fixtures.version(work))
				.param("status", "IN_PROGRESS")
				.param("percent", "10")
				.param("note", "Sau khi kết thúc")
				.with(this.fixtures.as(this.fixtures.officerOf("STP")))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Kế hoạch 903/KH-AMEND đã kết thúc")));
		this.mvc
			.perform(post("/assignments/" + work + "/due-date").param("version", "" + this.fixtures.version(work))
				.param("newDueDate", "2049-05-15")
				.param("reason", "Điều chỉnh")
				.with(police)
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("đã kết thúc")));
		this.mvc
			.perform(post("/assignments/" + work + "/due-date").param("version", "" + this.fixtures.version(work))
				.param("newDueDate", "2049-05-15")
				.param("reason", "Điều chỉnh")
				.param("lang", "en")
				.with(police)
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Plan 903/KH-AMEND is closed")));
		this.mvc
			.perform(taskForm(post("/tasks/" + task + "/edit"), areaId(planId, 1), "1", "Đổi tên",
					LocalDate.of(2049, 3, 31), "STP", null)
				.param("version", "" + taskVersion(task))
				.with(police))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("đã kết thúc")));
		this.mvc
			.perform(post("/rounds").param("planId", "" + planId)
				.param("kind", "YEAR")
				.param("year", "2049")
				.param("dueOn", "2049-12-15")
				.with(police)
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("đã kết thúc")));
		this.mvc
			.perform(post("/plans/" + planId + "/amendments/" + draftAmendment + "/tasks/" + task + "/remove")
				.with(police)
				.with(csrf()))
			.andExpect(flash().attribute("failure", "plans.closed"));
		assertThat(this.fixtures.historyCount(work)).isEqualTo(history);
		assertThat(this.fixtures.assignmentRow(work).get("due_date")).hasToString("2049-03-31");
		assertThat(tasksOfPlan(planId)).containsExactly("1 Nhiệm vụ 1", "2 Nhiệm vụ 2");
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from reporting_round where plan_id = ?")
			.param(planId)
			.query(Long.class)
			.single()).isZero();

		// its pages hide the buttons; its reports and figures stay readable and unchanged
		this.mvc.perform(get("/plans/" + planId).with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"closed-notice\"")))
			.andExpect(content().string(not(containsString("id=\"plan-amend-link\""))));
		this.mvc.perform(get("/assignments/" + work).with(this.fixtures.as(this.fixtures.officerOf("STP"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"progress-card\""))));
		this.mvc.perform(get("/tasks/" + task).with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/tasks/" + task + "/edit"))));
		this.mvc
			.perform(get("/reports/summary").param("plan", "" + planId)
				.param("asOf", asOf.toString())
				.with(this.fixtures.as(this.fixtures.user("leader"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("903/KH-AMEND")));
		assertThat(this.figures.totals(Selection.of(planId, asOf))).isEqualTo(figuresBefore);
		assertThat(figuresBefore.city().total()).isEqualTo(2);
	}

	/**
	 * A published plan of two key areas: task 1 (Justice leads, due 31/03/2049) and task
	 * 2 (Health leads, due 28/02/2049).
	 */
	private long publishedPlan(RequestPostProcessor coordinator, String number) throws Exception {
		long planId = plans().createPlan(coordinator, number, LocalDate.of(2048, 12, 1),
				"Kế hoạch thử nghiệm sửa đổi " + number, agencyId("CATP"), "Tuyên truyền\nHỗ trợ nạn nhân");
		this.mvc
			.perform(taskForm(post("/tasks/new"), areaId(planId, 1), "1", "Nhiệm vụ 1", LocalDate.of(2049, 3, 31),
					"STP", null)
				.with(coordinator))
			.andExpect(status().isFound());
		this.mvc
			.perform(taskForm(post("/tasks/new"), areaId(planId, 1), "2", "Nhiệm vụ 2", LocalDate.of(2049, 2, 28),
					"SYT", null)
				.with(coordinator))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/plans/" + planId + "/publish").param("version", "" + planVersion(planId))
				.with(coordinator)
				.with(csrf()))
			.andExpect(flash().attribute("success", "plans.flash.published"));
		return planId;
	}

	private long createAmendment(RequestPostProcessor user, long planId, String number, LocalDate issuedOn)
			throws Exception {
		this.mvc.perform(get("/plans/" + planId + "/amendments/new").with(user))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"amendment-form\"")));
		String location = this.mvc
			.perform(post("/plans/" + planId + "/amendments/new").param("number", number)
				.param("issuedOn", issuedOn.toString())
				.param("title", "Sửa đổi, bổ sung " + number)
				.with(user)
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "amendments.flash.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.replaceAll(".*/amendments/", ""));
	}

	private ResultActions apply(RequestPostProcessor user, long planId, long amendment) throws Exception {
		long version = this.fixtures.jdbc()
			.sql("select version from plan_amendment where id = ?")
			.param(amendment)
			.query(Long.class)
			.single();
		return this.mvc
			.perform(post("/plans/" + planId + "/amendments/" + amendment + "/apply").param("version", "" + version)
				.with(user)
				.with(csrf()))
			.andExpect(status().isFound());
	}

	private MockHttpServletRequestBuilder taskForm(MockHttpServletRequestBuilder request, long areaId, String code,
			String title, LocalDate due, String lead, String support) {
		return plans().taskForm(request, areaId, code, title, due, lead, support);
	}

	private void on(LocalDate day) {
		this.clock.setHanoiTime(day.atTime(9, 0));
	}

	/**
	 * A coordinator of the Department of Health, signed in past the second factor.
	 */
	private RequestPostProcessor healthCoordinator() {
		return plans().coordinator(HEALTH_COORDINATOR, "Điều phối Sở Y tế", "SYT");
	}

	/** The plan's key areas now. */
	private List<String> areasOf(long planId) {
		return this.fixtures.jdbc()
			.sql("select ordinal || ' ' || title_vi from key_area where plan_id = ? order by ordinal")
			.param(planId)
			.query(String.class)
			.list();
	}

	/** The plan's key areas as a report as of the day reads them (its outline). */
	private List<String> outlineAreas(long planId, LocalDate day) {
		return this.queries.outline(planId, null, Deadlines.endOf(day))
			.orElseThrow()
			.areas()
			.stream()
			.map((area) -> area.ordinal() + " " + area.titleVi())
			.toList();
	}

	/** The plan's tasks now, as its page lists them. */
	private List<String> tasksOfPlan(long planId) {
		return this.fixtures.jdbc()
			.sql("""
					select t.code || ' ' || t.title_vi from task t join key_area k on k.id = t.key_area_id
					where k.plan_id = ? and t.removed_at is null order by t.code""")
			.param(planId)
			.query(String.class)
			.list();
	}

	/** The plan's tasks as a report as of the day reads them. */
	private List<String> tasksAsOf(long planId, LocalDate day) {
		return this.fixtures.jdbc()
			.sql("""
					select t.code || ' ' || t.title_vi from task_as_of(?) t join key_area k on k.id = t.key_area_id
					where k.plan_id = ? and t.existed order by t.code""")
			.params(Deadlines.endOf(day), planId)
			.query(String.class)
			.list();
	}

	private long taskOf(long planId, String code) {
		return this.fixtures.jdbc()
			.sql("select t.id from task t join key_area k on k.id = t.key_area_id where k.plan_id = ? and t.code = ?")
			.params(planId, code)
			.query(Long.class)
			.single();
	}

	private long assignmentOf(long taskId) {
		return this.fixtures.jdbc()
			.sql("select id from assignment where task_id = ? order by id limit 1")
			.param(taskId)
			.query(Long.class)
			.single();
	}

	private long taskVersion(long taskId) {
		return this.fixtures.jdbc()
			.sql("select version from task where id = ?")
			.param(taskId)
			.query(Long.class)
			.single();
	}

	private long planVersion(long planId) {
		return plans().planVersion(planId);
	}

	private String planStatus(long planId) {
		return this.fixtures.jdbc()
			.sql("select status from plan where id = ?")
			.param(planId)
			.query(String.class)
			.single();
	}

	private long agencyId(String code) {
		return plans().agencyId(code);
	}

	private long areaId(long planId, int ordinal) {
		return plans().areaId(planId, ordinal);
	}

	private PlanFixture plans() {
		return new PlanFixture(this.mvc, this.fixtures, this.accounts);
	}

}
