package vn.hanoi.plantracker.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.plantracker.report.PlanOverview;
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
 * Plans typed by hand and plans run by different standing bodies, on real PostgreSQL. A
 * draft has no assignments until it is published; the coordinators of a plan are those of
 * its standing body, and another plan's coordinator gets 404 for its actions; officers
 * see their agency's work of every plan; a plan's figures hold only its own work. The
 * clock stands in 2100 and the plans are dated before Plan 133, so that their work
 * neither exists on the days other tests report on nor makes them the latest plan.
 */
@PlanChangingTest
class PlanEditingTests {

	private static final String HEALTH_COORDINATOR = "test.coordinator.syt";

	private static final LocalDate ISSUED_ON = LocalDate.of(2024, 3, 1);

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

	@BeforeEach
	void inTheFuture() {
		this.clock.setHanoiTime(LocalDate.of(2100, 1, 15).atTime(9, 0));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aCoordinatorTypesAPlanKeepsWhatWasTypedOnErrorsAndPublishesItIntoAssignments() throws Exception {
		RequestPostProcessor police = this.fixtures.as(this.fixtures.user("coordinator"));
		this.mvc.perform(get("/plans/new").with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"plan-form\"")));

		// nothing typed but the signer and a legal basis: every missing field named, the
		// typed text kept, nothing saved
		this.mvc
			.perform(post("/plans/new").with(police)
				.with(csrf())
				.param("signer", "Tran Van Ky")
				.param("legalBasisVi", "Luật Phòng, chống mua bán người 2024")
				.param("standingAgencyId", "" + agencyId("CATP")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Hãy nhập mục này.")))
			.andExpect(content().string(containsString("Hãy nhập ngày ban hành.")))
			.andExpect(content().string(containsString("Vui lòng nhập ít nhất một nhóm nhiệm vụ")))
			.andExpect(content().string(containsString("value=\"Tran Van Ky\"")))
			.andExpect(content().string(containsString("Luật Phòng, chống mua bán người 2024</textarea>")));

		// a coordinator names only their own agency as standing body
		this.mvc
			.perform(planForm(post("/plans/new"), "801/KH-UBND", agencyId("SYT"), "Tuyên truyền\nHỗ trợ nạn nhân")
				.with(police))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Cán bộ điều phối chỉ tạo và sửa kế hoạch của cơ quan mình")))
			.andExpect(content().string(containsString("value=\"801/KH-UBND\"")))
			.andExpect(content().string(containsString("Tuyên truyền\nHỗ trợ nạn nhân</textarea>")));
		assertThat(plansNumbered("801/KH-UBND")).isZero();

		long planId = createPlan(police, "801/KH-UBND", agencyId("CATP"), "Tuyên truyền\nHỗ trợ nạn nhân");
		assertThat(planRow(planId)).containsEntry("status", "DRAFT").containsEntry("standing", "CATP");
		assertThat(areaTitles(planId)).containsExactly("1 Tuyên truyền", "2 Hỗ trợ nạn nhân");
		// the same number and date again is refused with its message
		this.mvc.perform(planForm(post("/plans/new"), "801/KH-UBND", agencyId("CATP"), "Một nhóm").with(police))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Đã có kế hoạch số 801/KH-UBND ngày 01/03/2024")));

		// a draft's tasks have no assignments; publishing an empty draft is refused
		publish(police, planId).andExpect(flash().attribute("failure", "plans.publish.noTasks"));
		long taskId = createTask(police, areaId(planId, 1), "1", "STP", LocalDate.of(2100, 3, 31));
		assertThat(assignmentCount(taskId)).isZero();
		this.mvc.perform(get("/plans/" + planId).with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"draft-notice\"")))
			.andExpect(content().string(containsString("/tasks/new?area=" + areaId(planId, 2))));

		// the draft's details are edited; a stale form changes nothing
		long version = (long) planRow(planId).get("version");
		this.mvc
			.perform(planForm(post("/plans/" + planId + "/edit"), "801/KH-UBND", agencyId("CATP"),
					"Tuyên truyền, giáo dục\nHỗ trợ nạn nhân\nKiểm tra")
				.param("version", "" + version)
				.with(police))
			.andExpect(status().isFound());
		assertThat(areaTitles(planId)).containsExactly("1 Tuyên truyền, giáo dục", "2 Hỗ trợ nạn nhân", "3 Kiểm tra");
		this.mvc
			.perform(planForm(post("/plans/" + planId + "/edit"), "801/KH-UBND", agencyId("CATP"), "Khác")
				.param("version", "" + version)
				.with(police))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Khác</textarea>")));
		assertThat(areaTitles(planId)).hasSize(3);

		publish(police, planId).andExpect(flash().attribute("success", "plans.flash.published"));
		assertThat(planRow(planId)).containsEntry("status", "PUBLISHED");
		assertThat(assignmentCount(taskId)).isEqualTo(1);
		// published: its details no longer change here
		this.mvc.perform(get("/plans/" + planId + "/edit").with(police))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("failure", "plans.notDraft"));
	}

	@Test
	void eachCoordinatorActsOnlyOnThePlansOfTheirStandingBodyAndOfficersSeeBoth() throws Exception {
		RequestPostProcessor police = this.fixtures.as(this.fixtures.user("coordinator"));
		RequestPostProcessor health = healthCoordinator();
		RequestPostProcessor admin = this.fixtures.as(this.fixtures.user("admin"));
		// taken before the Health plan exists: an assignment of a plan the Police run
		// (Plan 133's, or the fixtures' plan's once the demo has left the department no
		// untouched work)
		long policeAssignment = this.fixtures.freshAssignment("STP");
		LocalDate asOf = LocalDate.of(2100, 4, 30);
		long plan133 = this.fixtures.jdbc()
			.sql("select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14'")
			.query(Long.class)
			.single();
		this.clock.setHanoiTime(asOf.plusDays(1).atTime(9, 0));
		Selection plan133Selection = Selection.of(plan133, asOf);
		var plan133Before = this.figures.totals(plan133Selection);
		this.clock.setHanoiTime(LocalDate.of(2100, 1, 15).atTime(9, 0));

		// the administrator creates the Department of Health's plan; its coordinator runs
		// it
		long healthPlan = createPlan(admin, "802/KH-UBND", agencyId("SYT"), "Phòng ngừa");
		long area = areaId(healthPlan, 1);
		this.mvc.perform(get("/tasks/new").param("area", "" + area).with(police)).andExpect(status().isNotFound());
		this.mvc.perform(taskForm(area, "1", "STP", LocalDate.of(2100, 3, 31)).with(police))
			.andExpect(status().isNotFound());
		long healthTask = createTask(health, area, "1", "STP", LocalDate.of(2100, 3, 31));
		this.mvc
			.perform(post("/plans/" + healthPlan + "/publish").param("version", "" + planRow(healthPlan).get("version"))
				.with(police)
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(planRow(healthPlan)).containsEntry("status", "DRAFT");
		publish(health, healthPlan).andExpect(flash().attribute("success", "plans.flash.published"));
		long healthAssignment = this.fixtures.jdbc()
			.sql("select id from assignment where task_id = ?")
			.param(healthTask)
			.query(Long.class)
			.single();

		// each coordinator's actions on the other plan: not found, nothing changed
		this.mvc.perform(get("/tasks/" + healthTask + "/edit").with(police)).andExpect(status().isNotFound());
		dueDate(police, healthAssignment).andExpect(status().isNotFound());
		accept(police, healthAssignment).andExpect(status().isNotFound());
		dueDate(health, policeAssignment).andExpect(status().isNotFound());
		accept(health, policeAssignment).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/rounds").param("planId", "" + healthPlan)
				.param("kind", "YEAR")
				.param("year", "2100")
				.param("dueOn", "2100-12-15")
				.with(police)
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.fixtures.assignmentRow(healthAssignment).get("due_date")).hasToString("2100-03-31");
		assertThat(this.fixtures.assignmentRow(policeAssignment).get("status")).isNotEqualTo("COMPLETED");
		// ... and on their own plan they act
		dueDate(health, healthAssignment).andExpect(status().isFound());
		assertThat(this.fixtures.assignmentRow(healthAssignment).get("due_date")).hasToString("2100-04-15");
		this.mvc.perform(get("/tasks/" + healthTask + "/edit").with(health)).andExpect(status().isOk());

		// the Department of Justice's officer sees its work of both plans, each with its
		// plan's number, on the pages of its list (20 rows a page: every page, as the
		// officer walks them)
		RequestPostProcessor justice = this.fixtures.as(this.fixtures.officerOf("STP"));
		assertThat(String.join("", vn.hanoi.plantracker.support.ListPages.all(this.mvc, justice, "/my/assignments")))
			.contains("Kế hoạch 802/KH-UBND")
			.contains("Kế hoạch 133/KH-UBND");

		// each plan's figures hold only its own work
		this.clock.setHanoiTime(asOf.plusDays(1).atTime(9, 0));
		var healthTotals = this.figures.totals(Selection.of(healthPlan, asOf));
		assertThat(healthTotals.city().total()).isEqualTo(1);
		assertThat(healthTotals.city().due()).isEqualTo(1);
		assertThat(healthTotals.city().overdue()).isEqualTo(1);
		assertThat(this.figures.totals(plan133Selection)).isEqualTo(plan133Before);
		// leadership's summary shows every plan, each with its own figures, and the
		// switcher
		this.mvc
			.perform(get("/reports/summary").param("plan", "" + healthPlan)
				.param("asOf", asOf.toString())
				.with(this.fixtures.as(this.fixtures.user("leader"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"plan-switcher\"")))
			.andExpect(content().string(containsString("id=\"all-plans\"")))
			.andExpect(content().string(containsString("Kế hoạch số 802/KH-UBND ngày 01/03/2024")));
		// every plan's figures are read in one statement: each row is what the figure
		// owner gives for that plan alone
		@SuppressWarnings("unchecked")
		List<PlanOverview.Row> rows = (List<PlanOverview.Row>) this.mvc
			.perform(get("/reports/summary").param("plan", "" + healthPlan)
				.param("asOf", asOf.toString())
				.with(this.fixtures.as(this.fixtures.user("leader"))))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("allPlans");
		assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
		assertThat(rows).extracting((row) -> row.plan().id()).contains(healthPlan);
		for (PlanOverview.Row row : rows) {
			assertThat(row.city()).isEqualTo(this.figures.totals(Selection.of(row.plan().id(), asOf)).city());
		}
	}

	@Test
	void theChosenPlanIsRememberedAcrossPagesAndADraftIsNeverShownOnReports() throws Exception {
		RequestPostProcessor police = this.fixtures.as(this.fixtures.user("coordinator"));
		RequestPostProcessor leader = this.fixtures.as(this.fixtures.user("leader"));
		long draft = createPlan(police, "803/KH-UBND", agencyId("CATP"), "Một nhóm");
		this.mvc.perform(get("/reports/summary").param("plan", "" + draft).with(leader))
			.andExpect(status().isNotFound());
		long published = createPlan(police, "804/KH-UBND", agencyId("CATP"), "Một nhóm");
		createTask(police, areaId(published, 1), "1", "STP", LocalDate.of(2100, 3, 31));
		publish(police, published);

		// sessions are kept in the database (Spring Session): the browser's cookie names
		// one
		jakarta.servlet.http.Cookie session = this.mvc
			.perform(get("/reports/summary").param("plan", "" + published).with(leader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + published + "\" selected=\"selected\"")))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		// the next page without ?plan= shows the remembered plan, not the newest one
		this.mvc.perform(get("/reports/departments").cookie(session).with(leader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + published + "\" selected=\"selected\"")));
		// without the session, the newest published plan (Plan 133: the test plans are
		// older)
		this.mvc.perform(get("/reports/departments").with(leader))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"" + published + "\" selected=\"selected\""))));
		// the dashboard can show all plans at once; that choice is remembered too
		this.mvc.perform(get("/coordinator/overdue").param("plan", "0").cookie(session).with(leader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"0\" selected=\"selected\"")));
		this.mvc.perform(get("/rounds").cookie(session).with(leader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"0\" selected=\"selected\"")));
	}

	/**
	 * A coordinator of the Department of Health, signed in past the second factor (a
	 * coordinator must have one; the demo coordinator is exempt as a demo account).
	 */
	private RequestPostProcessor healthCoordinator() {
		return plans().coordinator(HEALTH_COORDINATOR, "Điều phối Sở Y tế", "SYT");
	}

	private long createPlan(RequestPostProcessor user, String number, long standing, String areas) throws Exception {
		return plans().createPlan(user, number, ISSUED_ON, "Kế hoạch thử nghiệm " + number, standing, areas);
	}

	private MockHttpServletRequestBuilder planForm(MockHttpServletRequestBuilder request, String number, long standing,
			String areas) {
		return plans().planForm(request, number, ISSUED_ON, "Kế hoạch thử nghiệm " + number, standing, areas);
	}

	private long createTask(RequestPostProcessor coordinator, long areaId, String code, String lead, LocalDate due)
			throws Exception {
		return plans().createTask(coordinator, areaId, code, lead, due);
	}

	private MockHttpServletRequestBuilder taskForm(long areaId, String code, String lead, LocalDate due) {
		return plans().taskForm(post("/tasks/new"), areaId, code, "Nhiệm vụ " + code, due, lead, null);
	}

	private ResultActions publish(RequestPostProcessor user, long planId) throws Exception {
		return plans().publish(user, planId);
	}

	private ResultActions dueDate(RequestPostProcessor coordinator, long assignmentId) throws Exception {
		return this.mvc.perform(post("/assignments/" + assignmentId + "/due-date")
			.param("version", "" + this.fixtures.version(assignmentId))
			.param("newDueDate", "2100-04-15")
			.param("reason", "Điều chỉnh theo văn bản")
			.with(coordinator)
			.with(csrf()));
	}

	private ResultActions accept(RequestPostProcessor coordinator, long assignmentId) throws Exception {
		return this.mvc.perform(post("/assignments/" + assignmentId + "/accept")
			.param("version", "" + this.fixtures.version(assignmentId))
			.with(coordinator)
			.with(csrf()));
	}

	private long agencyId(String code) {
		return plans().agencyId(code);
	}

	private long areaId(long planId, int ordinal) {
		return plans().areaId(planId, ordinal);
	}

	private Map<String, Object> planRow(long planId) {
		return this.fixtures.jdbc()
			.sql("select p.*, a.code as standing from plan p join agency a on a.id = p.standing_body_agency_id where p.id = ?")
			.param(planId)
			.query()
			.singleRow();
	}

	private java.util.List<String> areaTitles(long planId) {
		return this.fixtures.jdbc()
			.sql("select ordinal || ' ' || title_vi from key_area where plan_id = ? order by ordinal")
			.param(planId)
			.query(String.class)
			.list();
	}

	private long plansNumbered(String number) {
		return this.fixtures.jdbc()
			.sql("select count(*) from plan where number = ?")
			.param(number)
			.query(Long.class)
			.single();
	}

	private long assignmentCount(long taskId) {
		return this.fixtures.jdbc()
			.sql("select count(*) from assignment where task_id = ?")
			.param(taskId)
			.query(Long.class)
			.single();
	}

	private PlanFixture plans() {
		return new PlanFixture(this.mvc, this.fixtures, this.accounts);
	}

}
