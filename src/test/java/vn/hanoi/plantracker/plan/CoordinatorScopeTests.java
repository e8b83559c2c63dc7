package vn.hanoi.plantracker.plan;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.plantracker.dashboard.ReviewItem;
import vn.hanoi.plantracker.dashboard.ReviewPage;
import vn.hanoi.plantracker.dashboard.ReviewQueue;
import vn.hanoi.plantracker.report.PlanHeading;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.PlanFixture;
import vn.hanoi.plantracker.support.PlanChangingTest;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two plans with different standing bodies, on real PostgreSQL: the Department of
 * Health's plan (made here through the plan editor) and the City Police's (the fixtures'
 * plan). Each coordinator's lists (review queue, extension requests, "needs you"), the
 * notifications of work that waits on them and the deadline confirmation form hold only
 * their own plan's work, and they act only on it (404 on the other's); the officer of an
 * agency that works for both sees both. A draft is seen only by its editors, and the
 * drill-downs and exports open on the plan remembered in the session, not the newest. The
 * clock stands in 2100, as in {@code PlanEditingTests}, so that this work exists on no
 * day other tests report on.
 */
@PlanChangingTest
class CoordinatorScopeTests {

	private static final String HEALTH_COORDINATOR = "test.coordinator.scope.syt";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ReviewQueue queue;

	@BeforeEach
	void inTheFuture() {
		this.clock.setHanoiTime(LocalDate.of(2100, 1, 15).atTime(9, 0));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void eachCoordinatorSeesAndActsOnlyOnTheirPlanAndOfficersSeeBoth() throws Exception {
		RequestPostProcessor police = this.fixtures.as(this.fixtures.user("coordinator"));
		RequestPostProcessor health = healthCoordinator();
		PlanUser justiceOfficer = this.fixtures.officerOf("STP");
		RequestPostProcessor justice = this.fixtures.as(justiceOfficer);

		// the Police's work of the Department of Justice (the fixtures' plan, run by the
		// City Police) and the Health plan's, made through the plan editor
		long policeSubmitted = this.fixtures.newAssignment("STP");
		long policeExtended = this.fixtures.newAssignment("STP");
		long healthPlan = createPlan(this.fixtures.as(this.fixtures.user("admin")), "851/KH-UBND", agencyId("SYT"));
		long healthTask = createTask(health, areaId(healthPlan), "1");
		long healthOtherTask = createTask(health, areaId(healthPlan), "2");
		this.mvc
			.perform(post("/plans/" + healthPlan + "/publish").param("version", "" + planVersion(healthPlan))
				.with(health)
				.with(csrf()))
			.andExpect(status().isFound());
		long healthSubmitted = assignmentOf(healthTask);
		long healthExtended = assignmentOf(healthOtherTask);

		// the officer works on both plans: sees, submits and asks for time on each
		for (long id : List.of(policeSubmitted, healthSubmitted)) {
			this.mvc.perform(get("/assignments/" + id).with(justice)).andExpect(status().isOk());
			submit(justice, id);
		}
		for (long id : List.of(policeExtended, healthExtended)) {
			this.mvc
				.perform(post("/assignments/{id}/extension", id).param("requestedDueDate", "2100-09-30")
					.param("reason", "Chờ số liệu của các xã")
					.with(justice)
					.with(csrf()))
				.andExpect(status().isFound());
		}

		// the notifications of work that waits go to the plan's standing body only
		long policeCoordinatorId = this.fixtures.user("coordinator").getId();
		long healthCoordinatorId = this.fixtures.user(HEALTH_COORDINATOR).getId();
		for (long id : List.of(healthSubmitted, healthExtended)) {
			await().atMost(Duration.ofSeconds(10)).until(() -> !recipients(id).isEmpty());
			assertThat(recipients(id)).contains(healthCoordinatorId).doesNotContain(policeCoordinatorId);
		}
		for (long id : List.of(policeSubmitted, policeExtended)) {
			await().atMost(Duration.ofSeconds(10)).until(() -> !recipients(id).isEmpty());
			assertThat(recipients(id)).contains(policeCoordinatorId).doesNotContain(healthCoordinatorId);
		}

		// the review queue: each coordinator's holds their plan's work only, the
		// administrator's both
		assertThat(queued(this.fixtures.user("coordinator"))).contains(policeSubmitted).doesNotContain(healthSubmitted);
		assertThat(queued(this.fixtures.user(HEALTH_COORDINATOR))).contains(healthSubmitted)
			.doesNotContain(policeSubmitted);
		assertThat(queued(this.fixtures.user("admin"))).contains(policeSubmitted, healthSubmitted);
		this.mvc.perform(get("/coordinator/review").with(health))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"review-" + healthSubmitted + "\"")))
			.andExpect(content().string(not(containsString("id=\"review-" + policeSubmitted + "\""))));

		// the extension requests: each coordinator's list, their plan's only
		this.mvc.perform(get("/coordinator/extensions").with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/assignments/" + policeExtended + "\"")))
			.andExpect(content().string(not(containsString("/assignments/" + healthExtended + "\""))));
		this.mvc.perform(get("/coordinator/extensions").with(health))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/assignments/" + healthExtended + "\"")))
			.andExpect(content().string(not(containsString("/assignments/" + policeExtended + "\""))));

		// "needs you": the same scope
		this.mvc.perform(get("/needs-you").with(health))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/assignments/" + healthSubmitted + "\"")))
			.andExpect(content().string(containsString("/assignments/" + healthExtended + "\"")))
			.andExpect(content().string(not(containsString("/assignments/" + policeSubmitted + "\""))))
			.andExpect(content().string(not(containsString("/assignments/" + policeExtended + "\""))));
		this.mvc.perform(get("/needs-you").with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/assignments/" + healthSubmitted + "\""))))
			.andExpect(content().string(not(containsString("/assignments/" + healthExtended + "\""))));

		// the deadline confirmation form of the other plan's task: not found
		this.mvc.perform(get("/tasks/" + healthTask + "/confirm-deadline").with(police))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/tasks/" + healthTask + "/confirm-deadline").with(health)).andExpect(status().isOk());

		// each acts on their own plan's work only
		accept(police, healthSubmitted).andExpect(status().isNotFound());
		accept(health, policeSubmitted).andExpect(status().isNotFound());
		assertThat(this.fixtures.assignmentRow(healthSubmitted).get("status")).isEqualTo("SUBMITTED");
		assertThat(this.fixtures.assignmentRow(policeSubmitted).get("status")).isEqualTo("SUBMITTED");
		accept(health, healthSubmitted).andExpect(status().isFound());
		accept(police, policeSubmitted).andExpect(status().isFound());
		assertThat(this.fixtures.assignmentRow(healthSubmitted).get("status")).isEqualTo("COMPLETED");
		assertThat(this.fixtures.assignmentRow(policeSubmitted).get("status")).isEqualTo("COMPLETED");
	}

	@Test
	void aDraftIsSeenOnlyByItsEditors() throws Exception {
		RequestPostProcessor health = healthCoordinator();
		long draft = createPlan(health, "852/KH-UBND", agencyId("SYT"));
		long draftTask = createTask(health, areaId(draft), "1");
		for (RequestPostProcessor other : List.of(this.fixtures.as(this.fixtures.user("coordinator")),
				this.fixtures.as(this.fixtures.user("leader")), this.fixtures.as(this.fixtures.officerOf("STP")))) {
			this.mvc.perform(get("/plans/" + draft).with(other)).andExpect(status().isNotFound());
			this.mvc.perform(get("/plans/" + draft).param("area", "1").with(other)).andExpect(status().isNotFound());
			this.mvc.perform(get("/tasks/" + draftTask).with(other)).andExpect(status().isNotFound());
			this.mvc.perform(get("/tasks/" + draftTask).param("page", "2").with(other))
				.andExpect(status().isNotFound());
			// nor its annex as a file
			this.mvc.perform(get("/plans/" + draft + "/annex.docx").with(other)).andExpect(status().isNotFound());
			this.mvc.perform(get("/plans/" + draft + "/annex.xlsx").with(other)).andExpect(status().isNotFound());
			this.mvc.perform(get("/plans").with(other))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("852/KH-UBND"))));
		}
		for (RequestPostProcessor editor : List.of(health, this.fixtures.as(this.fixtures.user("admin")))) {
			this.mvc.perform(get("/plans/" + draft).with(editor)).andExpect(status().isOk());
			this.mvc.perform(get("/tasks/" + draftTask).with(editor)).andExpect(status().isOk());
			// a task that does not exist is not found for its editors either
			this.mvc.perform(get("/tasks/" + (draftTask + 100000)).with(editor)).andExpect(status().isNotFound());
			this.mvc.perform(get("/plans/" + draft + "/annex.xlsx").with(editor)).andExpect(status().isOk());
			this.mvc.perform(get("/plans").with(editor))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("852/KH-UBND")));
		}
	}

	@Test
	void aCoordinatorOfAnotherPlanSeesNoCalendarEditControlAndIsRefused() throws Exception {
		RequestPostProcessor health = healthCoordinator();
		createPlan(health, "821/KH-UBND", agencyId("SYT"));
		RequestPostProcessor police = this.fixtures.as(this.fixtures.user("coordinator"));
		long entry = this.fixtures.jdbc()
			.sql("select min(id) from reporting_calendar where kind = 'HALF_YEAR'")
			.query(Long.class)
			.single();
		long version = this.fixtures.jdbc()
			.sql("select version from reporting_calendar where id = ?")
			.param(entry)
			.query(Long.class)
			.single();

		// the standing body's coordinator is offered the edit; the other plan's is not
		this.mvc.perform(get("/rounds/calendar").with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("calendar-edit")));
		this.mvc.perform(get("/rounds/calendar/" + entry).with(police))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"calendar-form\"")));
		this.mvc.perform(get("/rounds/calendar").with(health))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/rounds/calendar/" + entry)))
			.andExpect(content().string(not(containsString("calendar-edit"))));
		this.mvc.perform(get("/rounds/calendar/" + entry).with(health))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"calendar-form\""))));
		this.mvc
			.perform(post("/rounds/calendar/" + entry).param("version", "" + version)
				.param("dueDay", "10")
				.param("dueMonth", "6")
				.param("openDaysBefore", "20")
				.with(csrf())
				.with(health))
			.andExpect(status().isNotFound());
		assertThat(this.fixtures.jdbc()
			.sql("select version from reporting_calendar where id = ?")
			.param(entry)
			.query(Long.class)
			.single()).as("nothing saved").isEqualTo(version);
	}

	@Test
	void drillDownsAndExportsOpenOnThePlanRememberedInTheSession() throws Exception {
		RequestPostProcessor health = healthCoordinator();
		long plan = createPlan(health, "853/KH-UBND", agencyId("SYT"));
		createTask(health, areaId(plan), "1");
		this.mvc.perform(
				post("/plans/" + plan + "/publish").param("version", "" + planVersion(plan)).with(health).with(csrf()))
			.andExpect(status().isFound());
		RequestPostProcessor leader = this.fixtures.as(this.fixtures.user("leader"));
		jakarta.servlet.http.Cookie session = this.mvc
			.perform(get("/reports/summary").param("plan", "" + plan).with(leader))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();

		PlanHeading shown = (PlanHeading) this.mvc
			.perform(get("/reports/assignments").param("metric", "TOTAL").cookie(session).with(leader))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("plan");
		assertThat(shown.id()).isEqualTo(plan);
		for (String export : List.of("/reports/summary.xlsx", "/reports/departments.xlsx",
				"/reports/assignments.xlsx")) {
			byte[] file = this.mvc.perform(get(export).cookie(session).with(leader))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(cells(file)).as(export).anyMatch((text) -> text.contains("853/KH-UBND"));
		}
	}

	/** Every page of the review queue as the viewer sees it. */
	private List<Long> queued(PlanUser viewer) {
		List<Long> ids = new ArrayList<>();
		for (int p = 1;; p++) {
			ReviewPage page = this.queue.page(viewer, null, p);
			page.items().stream().map(ReviewItem::id).forEach(ids::add);
			if (page.items().isEmpty() || (long) p * page.items().size() >= page.total()) {
				return ids;
			}
		}
	}

	private List<Long> recipients(long assignmentId) {
		return this.fixtures.jdbc()
			.sql("select recipient_id from notification where assignment_id = ? and kind in"
					+ " ('SUBMITTED', 'EXTENSION_REQUESTED') order by recipient_id")
			.param(assignmentId)
			.query(Long.class)
			.list();
	}

	private static List<String> cells(byte[] xlsx) throws Exception {
		List<String> texts = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						texts.add(cell.toString());
					}
				}
			}
		}
		return texts;
	}

	/** A coordinator of the Department of Health, signed in past the second factor. */
	private RequestPostProcessor healthCoordinator() {
		return plans().coordinator(HEALTH_COORDINATOR, "Điều phối Sở Y tế (phạm vi)", "SYT");
	}

	private void submit(RequestPostProcessor officer, long id) throws Exception {
		this.mvc
			.perform(multipart("/assignments/{id}/progress", id).param("version", "" + this.fixtures.version(id))
				.param("status", "SUBMITTED")
				.param("percent", "100")
				.param("note", "Đã hoàn thành, gửi xem xét")
				.with(csrf())
				.with(officer))
			.andExpect(status().isFound());
	}

	private org.springframework.test.web.servlet.ResultActions accept(RequestPostProcessor coordinator,
			long assignmentId) throws Exception {
		return this.mvc.perform(post("/assignments/" + assignmentId + "/accept")
			.param("version", "" + this.fixtures.version(assignmentId))
			.with(coordinator)
			.with(csrf()));
	}

	private long createPlan(RequestPostProcessor user, String number, long standing) throws Exception {
		return plans().createPlan(user, number, LocalDate.of(2024, 3, 2), "Kế hoạch thử nghiệm " + number, standing,
				"Phòng ngừa");
	}

	private long createTask(RequestPostProcessor coordinator, long areaId, String code) throws Exception {
		return plans().createTask(coordinator, areaId, code, "STP", LocalDate.of(2100, 3, 31));
	}

	private long agencyId(String code) {
		return plans().agencyId(code);
	}

	private long areaId(long planId) {
		return plans().areaId(planId, 1);
	}

	private long planVersion(long planId) {
		return plans().planVersion(planId);
	}

	private PlanFixture plans() {
		return new PlanFixture(this.mvc, this.fixtures, this.accounts);
	}

	private long assignmentOf(long taskId) {
		return this.fixtures.jdbc()
			.sql("select id from assignment where task_id = ?")
			.param(taskId)
			.query(Long.class)
			.single();
	}

}
