package vn.hanoi.plantracker.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.assignment.PeriodRollForward;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.PlanChangingTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The nightly roll-forward creates the next periods' assignments with set-based SQL and
 * no history entry; the change feed gives each of them as {@code ASSIGNED}, once. On the
 * database of the tests that change the plan (a roll-forward touches every recurring
 * task), which has no server: the feed is read through the same filter chain with a
 * bearer token, without a session.
 */
@PlanChangingTest
class ApiChangeFeedRollForwardTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	PeriodRollForward rollForward;

	@Autowired
	ApiTokens tokens;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void assignmentsTheRollForwardCreatesAreInTheFeedOnce() throws Exception {
		this.clock.setHanoiTime(LocalDate.of(2026, 10, 1).atTime(9, 0));
		String lead = this.fixtures.unusedCommune();
		long agency = agencyId(lead);
		long taskId = createYearlyTask(agency);
		assertThat(assignmentsOf(taskId)).hasSize(2);

		this.clock.setHanoiTime(LocalDate.of(2028, 3, 1).atTime(0, 20));
		String secret = this.tokens
			.create(this.fixtures.user("coordinator"), "roll " + UUID.randomUUID(), TokenScope.READ,
					LocalDate.of(2028, 3, 31), null, "127.0.0.1")
			.secret();
		String ofAgency = "&agency=" + agency;
		Walk before = walk(secret, ofAgency, null);
		// the task's own two periods came into being with it
		assertThat(before.items()).filteredOn((item) -> item.get("taskId").asLong() == taskId)
			.extracting((item) -> item.get("kind").asString())
			.containsExactly("ASSIGNED", "ASSIGNED");

		long lastBefore = this.fixtures.jdbc().sql("select max(id) from assignment").query(Long.class).single();
		assertThat(this.rollForward.run()).isPositive();
		// the new task's next two years, and whatever else of the commune's recurring
		// work
		// the run created
		List<Long> rolled = this.fixtures.jdbc()
			.sql("select id from assignment where agency_id = ? and id > ? order by id")
			.params(agency, lastBefore)
			.query(Long.class)
			.list();
		assertThat(rolled).containsAll(assignmentsOf(taskId).subList(2, 4));

		Walk news = walk(secret, ofAgency, before.cursor());
		assertThat(news.items()).allSatisfy((item) -> {
			assertThat(item.get("kind").asString()).isEqualTo("ASSIGNED");
			assertThat(item.get("agencyId").asLong()).isEqualTo(agency);
			assertThat(item.get("statusAfter").asString()).isEqualTo("NOT_STARTED");
		});
		assertThat(news.items()).extracting((item) -> item.get("assignmentId").asLong())
			.containsExactlyInAnyOrderElementsOf(rolled);
		assertThat(news.items()).filteredOn((item) -> item.get("taskId").asLong() == taskId)
			.extracting((item) -> item.get("dueDate").asString())
			.containsExactlyInAnyOrder("2028-07-30", "2029-07-30");

		// a second run creates nothing, and the feed has nothing new
		this.rollForward.run();
		assertThat(assignmentsOf(taskId)).hasSize(4);
		assertThat(walk(secret, ofAgency, news.cursor()).items()).isEmpty();
	}

	private record Walk(List<JsonNode> items, String cursor) {

	}

	private Walk walk(String secret, String query, String since) throws Exception {
		List<JsonNode> items = new ArrayList<>();
		String cursor = since;
		for (int pages = 0; pages < 1000; pages++) {
			MockHttpServletResponse response = this.mvc
				.perform(get("/api/v1/changes?limit=500" + query + ((cursor != null) ? "&since=" + cursor : ""))
					.header("Authorization", "Bearer " + secret))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
			JsonNode page = JSON.readTree(response.getContentAsString());
			page.get("items").forEach(items::add);
			cursor = page.get("nextCursor").asString();
			if (!page.get("more").asBoolean()) {
				break;
			}
		}
		return new Walk(items, cursor);
	}

	private long createYearlyTask(long agency) throws Exception {
		String code = "RF" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/tasks/new")
				.param("areaId",
						"" + this.fixtures.jdbc().sql("select min(id) from key_area").query(Long.class).single())
				.param("code", code)
				.param("titleVi", "Nhiệm vụ hằng năm " + code)
				.param("titleEn", "Yearly task " + code)
				.param("outputVi", "Báo cáo")
				.param("outputEn", "Report")
				.param("scheduleKind", "ANNUAL")
				.param("dueMonth", "7")
				.param("dueDay", "30")
				.param("leadAgencyIds", "" + agency)
				.with(csrf())
				.with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(status().isFound());
		return this.fixtures.jdbc().sql("select id from task where code = ?").param(code).query(Long.class).single();
	}

	private List<Long> assignmentsOf(long taskId) {
		return this.fixtures.jdbc()
			.sql("select id from assignment where task_id = ? order by due_date")
			.param(taskId)
			.query(Long.class)
			.list();
	}

	private long agencyId(String code) {
		return this.fixtures.jdbc().sql("select id from agency where code = ?").param(code).query(Long.class).single();
	}

}
