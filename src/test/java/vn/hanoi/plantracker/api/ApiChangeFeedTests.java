package vn.hanoi.plantracker.api;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hanoi.plantracker.e2e.ServerTest;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.HttpUser;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed over real HTTP on real PostgreSQL: the cursor walks every change of a
 * plan once, a new report shows up after the cursor taken before it, an officer's feed
 * holds only its own agency's changes, a change is not handed out while an older
 * transaction may still commit one before it, and bad cursors are 400 problems.
 */
@ServerTest
class ApiChangeFeedTests {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DataSource dataSource;

	@Autowired
	Today today;

	private ApiClient as(PlanUser user, TokenScope scope) {
		String secret = this.tokens
			.create(user, "feed " + UUID.randomUUID(), scope, this.today.date().plusDays(30), null, "127.0.0.1")
			.secret();
		return new ApiClient("http://localhost:" + this.port, secret);
	}

	private ApiClient as(String username, TokenScope scope) {
		return as(this.fixtures.user(username), scope);
	}

	private static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
		return ApiClient.json(response);
	}

	/** What a walk of the feed gave: the changes and the cursor to ask next. */
	private record Feed(List<JsonNode> items, String cursor) {

		List<Long> ids() {
			return this.items.stream().map((item) -> item.get("changeId").asLong()).toList();
		}

	}

	/** Walks the feed from a cursor (null: the beginning) to its end. */
	private static Feed walk(ApiClient api, String query, String since, int limit) {
		List<JsonNode> items = new ArrayList<>();
		String cursor = since;
		for (int pages = 0; pages < 10_000; pages++) {
			JsonNode page = ok(
					api.get("/api/v1/changes?limit=" + limit + query + ((cursor != null) ? "&since=" + cursor : "")));
			page.get("items").forEach(items::add);
			cursor = page.get("nextCursor").asString();
			assertThat(cursor).isNotBlank();
			if (!page.get("more").asBoolean()) {
				break;
			}
		}
		return new Feed(items, cursor);
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

	private int assignmentsOf(long agencyId) {
		return this.fixtures.jdbc()
			.sql("select count(*) from assignment where agency_id = :agency")
			.param("agency", agencyId)
			.query(Long.class)
			.single()
			.intValue();
	}

	private long agencyId(String code) {
		return this.fixtures.jdbc()
			.sql("select id from agency where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

	private JsonNode report(ApiClient api, long assignmentId, int percent) {
		long version = this.fixtures.version(assignmentId);
		return ok(api.post("/api/v1/assignments/" + assignmentId + "/progress", "{\"version\":" + version
				+ ",\"status\":\"IN_PROGRESS\",\"percent\":" + percent + ",\"note\":\"Qua API\"}"));
	}

	@Test
	void theCursorWalksEveryChangeOfAPlanOnceAndThenOnlyWhatIsNew() {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long assignment = this.fixtures.freshAssignment(commune);
		long plan = planOf(assignment);
		ApiClient coordinator = as("coordinator", TokenScope.READ);
		String ofPlan = "&plan=" + plan;

		Feed all = walk(coordinator, ofPlan, null, 500);
		// every history entry of the plan's assignments and every assignment's creation
		long expected = this.fixtures.jdbc()
			.sql("""
					select (select count(*) from progress_update p join assignment a on a.id = p.assignment_id
					        join task t on t.id = a.task_id join key_area k on k.id = t.key_area_id
					        where k.plan_id = :plan)
					     + (select count(*) from assignment a join task t on t.id = a.task_id
					        join key_area k on k.id = t.key_area_id where k.plan_id = :plan)""")
			.param("plan", plan)
			.query(Long.class)
			.single();
		assertThat(all.ids()).hasSize((int) expected).doesNotHaveDuplicates();
		assertThat(all.items()).filteredOn((item) -> item.get("kind").asString().equals("ASSIGNED"))
			.extracting((item) -> item.get("assignmentId").asLong())
			.contains(assignment);
		// small pages give the same changes in the same order
		assertThat(walk(coordinator, ofPlan, null, 97).ids()).isEqualTo(all.ids());

		// nothing new: the same cursor again, an empty page and the same cursor back
		JsonNode quiet = ok(coordinator.get("/api/v1/changes?plan=" + plan + "&since=" + all.cursor()));
		assertThat(quiet.get("items").size()).isZero();
		assertThat(quiet.get("more").asBoolean()).isFalse();
		assertThat(quiet.get("nextCursor").asString()).isEqualTo(all.cursor());

		// a report through the API shows up after the cursor taken before it, exactly
		// once
		report(as(officer, TokenScope.READ_WRITE), assignment, 40);
		Feed news = walk(coordinator, ofPlan, all.cursor(), 500);
		assertThat(news.items()).hasSize(1);
		JsonNode change = news.items().get(0);
		assertThat(change.get("assignmentId").asLong()).isEqualTo(assignment);
		assertThat(change.get("agencyId").asLong()).isEqualTo(officer.getAgencyId());
		assertThat(change.get("kind").asString()).isEqualTo("PROGRESS");
		assertThat(change.get("statusBefore").asString()).isEqualTo("NOT_STARTED");
		assertThat(change.get("statusAfter").asString()).isEqualTo("IN_PROGRESS");
		assertThat(change.get("percent").asInt()).isEqualTo(40);
		assertThat(walk(coordinator, ofPlan, news.cursor(), 500).items()).isEmpty();
	}

	@Test
	void anOfficersFeedHoldsOnlyItsOwnAgencysChanges() {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long assignment = this.fixtures.freshAssignment(commune);
		ApiClient own = as(officer, TokenScope.READ_WRITE);
		ApiClient other = as("officer.health", TokenScope.READ);
		ApiClient leader = as("leader", TokenScope.READ);
		long otherAgency = this.fixtures.user("officer.health").getAgencyId();
		String ofCommune = "&agency=" + officer.getAgencyId();

		Feed othersFeed = walk(other, "", null, 500);
		Set<Long> agencies = new HashSet<>();
		othersFeed.items().forEach((item) -> agencies.add(item.get("agencyId").asLong()));
		assertThat(agencies).containsOnly(otherAgency);
		// the commune has reported nothing yet: its feed is its assignments coming into
		// being, each once
		Feed ownFeed = walk(own, "", null, 500);
		assertThat(ownFeed.items()).extracting((item) -> item.get("kind").asString()).containsOnly("ASSIGNED");
		assertThat(ownFeed.items()).extracting((item) -> item.get("agencyId").asLong())
			.containsOnly(officer.getAgencyId());
		assertThat(ownFeed.items()).extracting((item) -> item.get("assignmentId").asLong())
			.doesNotHaveDuplicates()
			.hasSize(assignmentsOf(officer.getAgencyId()))
			.contains(assignment);
		Feed leadersFeed = walk(leader, ofCommune, null, 500);
		assertThat(leadersFeed.ids()).isEqualTo(ownFeed.ids());

		report(own, assignment, 20);

		assertThat(walk(own, "", ownFeed.cursor(), 500).items()).singleElement()
			.satisfies((item) -> assertThat(item.get("assignmentId").asLong()).isEqualTo(assignment));
		// another agency's officer does not see it, not even when asking for that agency
		assertThat(walk(other, "", othersFeed.cursor(), 500).items()).isEmpty();
		assertThat(walk(other, ofCommune, othersFeed.cursor(), 500).items()).isEmpty();
		// the leadership reads every agency's
		assertThat(walk(leader, ofCommune, leadersFeed.cursor(), 500).items()).singleElement()
			.satisfies((item) -> assertThat(item.get("assignmentId").asLong()).isEqualTo(assignment));
	}

	/**
	 * The task editor fans a task out to its agencies (set-based SQL, no history entry):
	 * each new assignment is in the feed as {@code ASSIGNED}, in the agency's own feed
	 * too, and an agency taken off the task is there as the {@code CLOSE} of its
	 * assignment.
	 */
	@Test
	void assignmentsTheTaskEditorCreatesOrWithdrawsAreInTheFeed() {
		String lead = this.fixtures.unusedCommune();
		String support = this.fixtures.unusedCommune();
		String added = this.fixtures.unusedCommune();
		PlanUser supportOfficer = this.fixtures.officerOf(support);
		long ofFixturePlan = this.fixtures.newAssignment(lead);
		long area = this.fixtures.jdbc()
			.sql("select t.key_area_id from assignment a join task t on t.id = a.task_id where a.id = :id")
			.param("id", ofFixturePlan)
			.query(Long.class)
			.single();
		long plan = planOf(ofFixturePlan);
		ApiClient coordinatorApi = as("coordinator", TokenScope.READ);
		ApiClient supportApi = as(supportOfficer, TokenScope.READ);
		String ofPlan = "&plan=" + plan;
		String before = walk(coordinatorApi, ofPlan, null, 500).cursor();
		String supportsBefore = walk(supportApi, "", null, 500).cursor();

		HttpUser coordinator = new HttpUser("http://localhost:" + this.port).signIn("coordinator", "demo-plan-133");
		String code = "F" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> task = new HashMap<>(Map.of("areaId", "" + area, "code", code, "titleVi",
				"Nhiệm vụ giao qua API " + code, "titleEn", "Task fanned out " + code, "outputVi", "Báo cáo",
				"outputEn", "Report", "scheduleKind", "FIXED", "dueDate", "2030-12-15", "leadAgencyIds",
				"" + agencyId(lead), "supportAgencyIds", "" + agencyId(support)));
		HttpResponse<String> created = coordinator.post("/tasks/new?area=" + area, "/tasks/new", task);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		long taskId = this.fixtures.jdbc()
			.sql("select id from task where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
		List<Long> fannedOut = assignmentsOfTask(taskId);
		assertThat(fannedOut).hasSize(2);

		Feed news = walk(coordinatorApi, ofPlan, before, 500);
		assertThat(news.items()).allSatisfy((item) -> {
			assertThat(item.get("kind").asString()).isEqualTo("ASSIGNED");
			assertThat(item.get("taskId").asLong()).isEqualTo(taskId);
			assertThat(item.get("statusAfter").asString()).isEqualTo("NOT_STARTED");
			assertThat(item.get("percent").asInt()).isZero();
			assertThat(item.get("dueDate").asString()).isEqualTo("2030-12-15");
		});
		assertThat(news.items()).extracting((item) -> item.get("assignmentId").asLong())
			.containsExactlyInAnyOrderElementsOf(fannedOut);
		Feed supports = walk(supportApi, "", supportsBefore, 500);
		assertThat(supports.items()).singleElement().satisfies((item) -> {
			assertThat(item.get("kind").asString()).isEqualTo("ASSIGNED");
			assertThat(item.get("agencyId").asLong()).isEqualTo(supportOfficer.getAgencyId());
		});

		// the editor swaps the supporting agency: one assignment created, one withdrawn
		task.put("version",
				"" + this.fixtures.jdbc()
					.sql("select version from task where id = :id")
					.param("id", taskId)
					.query(Long.class)
					.single());
		task.put("supportAgencyIds", "" + agencyId(added));
		task.put("reason", "Đổi cơ quan phối hợp");
		HttpResponse<String> edited = coordinator.post("/tasks/" + taskId + "/edit", "/tasks/" + taskId + "/edit",
				task);
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(302);
		Feed swapped = walk(coordinatorApi, ofPlan, news.cursor(), 500);
		assertThat(swapped.items()).hasSize(2);
		assertThat(swapped.items()).anySatisfy((item) -> {
			assertThat(item.get("kind").asString()).isEqualTo("ASSIGNED");
			assertThat(item.get("agencyId").asLong()).isEqualTo(agencyId(added));
		});
		assertThat(swapped.items()).anySatisfy((item) -> {
			assertThat(item.get("kind").asString()).isEqualTo("CLOSE");
			assertThat(item.get("agencyId").asLong()).isEqualTo(supportOfficer.getAgencyId());
		});
		assertThat(walk(supportApi, "", supports.cursor(), 500).items()).singleElement()
			.satisfies((item) -> assertThat(item.get("kind").asString()).isEqualTo("CLOSE"));
	}

	private List<Long> assignmentsOfTask(long taskId) {
		return this.fixtures.jdbc()
			.sql("select id from assignment where task_id = :task order by id")
			.param("task", taskId)
			.query(Long.class)
			.list();
	}

	@Test
	void aChangeWaitsWhileAnOlderTransactionMayStillCommitOneBeforeIt() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long assignment = this.fixtures.freshAssignment(commune);
		ApiClient api = as(officer, TokenScope.READ_WRITE);
		String end = walk(api, "", null, 500).cursor();
		try (Connection older = this.dataSource.getConnection()) {
			older.setAutoCommit(false);
			// a transaction that began (took its id) before the report: it could still
			// write a history entry that sorts before the report's
			try (var statement = older.createStatement()) {
				statement.execute("select pg_current_xact_id()");
			}
			report(api, assignment, 30);
			assertThat(ok(api.get("/api/v1/changes?since=" + end)).get("items").size()).isZero();
			older.rollback();
		}
		// once the older transaction has ended: a condition, not a pause
		List<JsonNode> after = org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> walk(api, "", end, 500).items(), (items) -> !items.isEmpty());
		assertThat(after).singleElement()
			.satisfies((item) -> assertThat(item.get("assignmentId").asLong()).isEqualTo(assignment));
	}

	@Test
	void badInputIsAProblemInTheCallersLanguage() {
		ApiClient api = as("coordinator", TokenScope.READ);
		for (String query : List.of("since=%25%25", "since=Zm9v", "since=dHg6LTE6MQ", "limit=0", "limit=501",
				"limit=abc", "plan=abc", "agency=x")) {
			HttpResponse<String> response = api.get("/api/v1/changes?" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		}
		assertThat(api.get("/api/v1/changes?plan=999999999").statusCode()).isEqualTo(404);
		HttpResponse<String> vietnamese = api.in("vi").get("/api/v1/changes?since=Zm9v");
		assertThat(ApiClient.json(vietnamese).get("errors").get(0).get("field").asString()).isEqualTo("since");
		assertThat(ApiClient.json(vietnamese).get("errors").get(0).get("message").asString())
			.isEqualTo(viCursorMessage());
		assertThat(new ApiClient("http://localhost:" + this.port, null).get("/api/v1/changes").statusCode())
			.isEqualTo(401);
	}

	private static String viCursorMessage() {
		java.util.Properties vi = new java.util.Properties();
		try (var in = ApiChangeFeedTests.class.getResourceAsStream("/messages_vi.properties")) {
			vi.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return vi.getProperty("api.input.cursor");
	}

}
