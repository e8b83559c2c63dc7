package vn.hanoi.plantracker.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.StatementCounter;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The API's assignment list kept under the version of the work a page covers: a repeated
 * read costs no statement of the list, a save shows in the next read at once, a save in
 * another agency or plan leaves the page kept, and no viewer is ever given a page read
 * for another's scope. Requests go through MockMvc on the test's thread, so that every
 * statement they issue is counted.
 */
@IntegrationTest
class ApiAssignmentListCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StatementCounter statements;

	@Autowired
	Today today;

	private String tokenOf(PlanUser user) {
		return this.tokens
			.create(user, "cache " + UUID.randomUUID(), TokenScope.READ_WRITE, this.today.date().plusDays(30), null,
					"127.0.0.1")
			.secret();
	}

	private JsonNode read(String token, String path) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(path).header("Authorization", "Bearer " + token).header("Accept-Language", "en"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
		return ApiClient.json(response.getContentAsString());
	}

	/** A read measured: the body and the statements of the list it issued. */
	private Measured measured(String token, String path) throws Exception {
		this.statements.reset();
		JsonNode body = read(token, path);
		List<String> list = this.statements.statements()
			.stream()
			.filter(ApiAssignmentListCacheTests::ofTheList)
			.toList();
		return new Measured(body, list, this.statements.countWithoutSession());
	}

	/**
	 * A statement of the list itself: its rows, the plan's tasks, the plan (the token,
	 * its owner and the versions are read by every API request).
	 */
	private static boolean ofTheList(String sql) {
		String text = sql.toLowerCase(java.util.Locale.ROOT);
		return text.contains("from assignment") || text.contains("from task") || text.contains("from plan");
	}

	private void reportProgress(String token, long assignmentId, int percent) throws Exception {
		int status = this.mvc
			.perform(
					post("/api/v1/assignments/" + assignmentId + "/progress").header("Authorization", "Bearer " + token)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"version\":" + this.fixtures.version(assignmentId)
								+ ",\"status\":\"IN_PROGRESS\",\"percent\":" + percent + "}"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(200);
	}

	private long plan133() {
		return this.fixtures.jdbc()
			.sql("select id from plan where number = '133/KH-UBND' order by issued_on, id limit 1")
			.query(Long.class)
			.single();
	}

	private long planOf(long assignmentId) {
		return this.fixtures.jdbc()
			.sql("""
					select k.plan_id from assignment a join task t on t.id = a.task_id
					join key_area k on k.id = t.key_area_id where a.id = :id""")
			.param("id", assignmentId)
			.query(Long.class)
			.single();
	}

	private static JsonNode item(JsonNode page, long id) {
		for (JsonNode item : page.get("items")) {
			if (item.get("id").asLong() == id) {
				return item;
			}
		}
		throw new AssertionError("assignment " + id + " not on the page");
	}

	private static Set<Long> agencies(JsonNode page) {
		Set<Long> agencies = new HashSet<>();
		page.get("items").forEach((item) -> agencies.add(item.get("agencyId").asLong()));
		return agencies;
	}

	@Test
	void aRepeatedReadCostsNoStatementOfTheList() throws Exception {
		String leader = tokenOf(this.fixtures.user("leader"));
		PlanUser officer = this.fixtures.officerOf(this.fixtures.unusedCommune());
		String own = tokenOf(officer);
		String planPage = "/api/v1/assignments?plan=" + plan133() + "&limit=100";
		String officerPage = "/api/v1/assignments?overdue=false&limit=100";
		// every kept page out of date: the first reads are misses
		this.fixtures.jdbc()
			.sql("update data_version set version = nextval('data_version_seq'), structure = nextval('data_version_seq')")
			.update();
		for (String[] page : List.of(new String[] { leader, planPage }, new String[] { own, officerPage })) {
			Measured miss = measured(page[0], page[1]);
			Measured hit = measured(page[0], page[1]);
			System.out.printf("API list %s: %d statements on a miss (%d of the list), %d on a repeated read (%d)%n",
					page[1], miss.count(), miss.list().size(), hit.count(), hit.list().size());
			assertThat(miss.list()).as("the miss reads the list").isNotEmpty();
			assertThat(hit.list()).as("the repeated read").isEmpty();
			assertThat(hit.count()).isLessThan(miss.count());
			assertThat(hit.body()).isEqualTo(miss.body());
			assertThat(hit.body().get("items").size()).isPositive();
		}
	}

	@Test
	void aProgressReportShowsInTheNextReadAtOnce() throws Exception {
		String code = this.fixtures.unusedCommune();
		long id = this.fixtures.newAssignment(code);
		String officer = tokenOf(this.fixtures.officerOf(code));
		String page = "/api/v1/assignments?plan=" + planOf(id) + "&limit=500";
		assertThat(item(read(officer, page), id).get("percent").asInt()).isZero();
		assertThat(measured(officer, page).list()).as("kept").isEmpty();

		reportProgress(officer, id, 20);

		Measured after = measured(officer, page);
		assertThat(after.list()).as("read again").isNotEmpty();
		assertThat(item(after.body(), id).get("percent").asInt()).isEqualTo(20);
		assertThat(item(after.body(), id).get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(item(after.body(), id).get("version").asLong()).isEqualTo(this.fixtures.version(id));
	}

	@Test
	void aSaveInAnotherAgencyOrPlanLeavesThePageKept() throws Exception {
		PlanUser officer = this.fixtures.officerOf(this.fixtures.unusedCommune());
		String own = tokenOf(officer);
		String other = this.fixtures.unusedCommune();
		// made before the pages are read: a new task changes the structure every page
		// keys on
		long elsewhere = this.fixtures.newAssignment(other);
		String otherOfficer = tokenOf(this.fixtures.officerOf(other));
		String leader = tokenOf(this.fixtures.user("leader"));
		long plan = plan133();
		assertThat(planOf(elsewhere)).isNotEqualTo(plan);
		String agencyPage = "/api/v1/assignments?limit=100";
		String planPage = "/api/v1/assignments?plan=" + plan + "&limit=100";
		String cityPage = "/api/v1/assignments?limit=100";
		JsonNode agencyBefore = read(own, agencyPage);
		JsonNode planBefore = read(leader, planPage);
		read(leader, cityPage);

		// another agency's officer reports on its work of another plan
		reportProgress(otherOfficer, elsewhere, 40);

		Measured agencyAfter = measured(own, agencyPage);
		assertThat(agencyAfter.list()).as("the officer's agency's page").isEmpty();
		assertThat(agencyAfter.body()).isEqualTo(agencyBefore);
		Measured planAfter = measured(leader, planPage);
		assertThat(planAfter.list()).as("Plan 133's page").isEmpty();
		assertThat(planAfter.body()).isEqualTo(planBefore);
		// the city's page holds every agency's work: read again
		assertThat(measured(leader, cityPage).list()).as("the city's page").isNotEmpty();
	}

	@Test
	void viewersOfDifferentAgenciesNeverGetEachOthersPage() throws Exception {
		PlanUser first = this.fixtures.officerOf(this.fixtures.unusedCommune());
		PlanUser second = this.fixtures.officerOf(this.fixtures.unusedCommune());
		String firstToken = tokenOf(first);
		String secondToken = tokenOf(second);
		String leader = tokenOf(this.fixtures.user("leader"));
		String page = "/api/v1/assignments?plan=" + plan133() + "&limit=200";
		for (int round = 0; round < 2; round++) {
			// the second round reads each from the cache: still each its own
			assertThat(agencies(read(firstToken, page))).containsOnly(first.getAgencyId());
			assertThat(agencies(read(secondToken, page))).containsOnly(second.getAgencyId());
			assertThat(agencies(read(leader, page))).hasSizeGreaterThan(1);
		}
		assertThat(measured(secondToken, page).list()).as("kept").isEmpty();
		// asking for the other's agency by name shows nothing, whoever read it before
		read(firstToken, page + "&agency=" + first.getAgencyId());
		assertThat(read(secondToken, page + "&agency=" + first.getAgencyId()).get("items").size()).isZero();
	}

	private record Measured(JsonNode body, List<String> list, long count) {

	}

}
