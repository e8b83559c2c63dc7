package vn.hanoi.plantracker.api;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hanoi.plantracker.e2e.ServerTest;
import vn.hanoi.plantracker.support.Fixtures;
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
		long expected = this.fixtures.jdbc()
			.sql("""
					select count(*) from progress_update p join assignment a on a.id = p.assignment_id
					join task t on t.id = a.task_id join key_area k on k.id = t.key_area_id where k.plan_id = :plan""")
			.param("plan", plan)
			.query(Long.class)
			.single();
		assertThat(all.ids()).hasSize((int) expected).doesNotHaveDuplicates();
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
		Feed ownFeed = walk(own, "", null, 500);
		assertThat(ownFeed.items()).isEmpty();
		Feed leadersFeed = walk(leader, ofCommune, null, 500);
		assertThat(leadersFeed.items()).isEmpty();

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
		List<JsonNode> after = List.of();
		for (int attempt = 0; attempt < 50 && after.isEmpty(); attempt++) {
			after = walk(api, "", end, 500).items();
			if (after.isEmpty()) {
				Thread.sleep(100);
			}
		}
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
