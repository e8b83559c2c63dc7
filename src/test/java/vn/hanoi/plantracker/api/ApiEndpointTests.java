package vn.hanoi.plantracker.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.hanoi.plantracker.assignment.AssignmentReading;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.e2e.ServerTest;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.report.SummaryReport;
import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.support.HttpUser;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's endpoints over real HTTP on real PostgreSQL, for the officer, the coordinator
 * and the leadership: the same object rules as the browser (another agency's assignment
 * is 404), a progress report through the same service as the form, the version check,
 * hostile input answered with 400 problems, and the figures equal to the summary
 * report's.
 */
@ServerTest
class ApiEndpointTests {

	private static final String OFFICER = "officer.health";

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Today today;

	@Autowired
	AssignmentReading reading;

	@Autowired
	Reports reports;

	@Autowired
	Fixtures fixtures;

	private ApiClient as(String username, TokenScope scope) {
		PlanUser user = (PlanUser) this.users.loadUserByUsername(username);
		String secret = this.tokens
			.create(user, "test " + UUID.randomUUID(), scope, this.today.date().plusDays(30), null, "127.0.0.1")
			.secret();
		return new ApiClient("http://localhost:" + this.port, secret);
	}

	private long agencyOf(String username) {
		return ((PlanUser) this.users.loadUserByUsername(username)).getAgencyId();
	}

	/** An open assignment of the agency and the plan it belongs to. */
	private long[] assignmentOf(long agencyId) {
		return this.jdbc.sql("""
				select a.id, k.plan_id from assignment a join task t on t.id = a.task_id
				join key_area k on k.id = t.key_area_id
				where a.agency_id = :agency and a.closed_at is null order by a.id limit 1""")
			.param("agency", agencyId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	private static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		return ApiClient.json(response);
	}

	@Test
	void everyReadEndpointAnswersTheOfficerTheCoordinatorAndTheLeadership() {
		long officerAgency = agencyOf(OFFICER);
		long[] own = assignmentOf(officerAgency);
		long planId = own[1];
		for (String username : List.of(OFFICER, "coordinator", "leader")) {
			ApiClient api = as(username, TokenScope.READ);
			assertThat(ok(api.get("/api/v1/me")).get("username").asString()).isEqualTo(username);
			assertThat(ok(api.get("/api/v1/plans")).size()).as(username).isPositive();
			JsonNode plan = ok(api.get("/api/v1/plans/" + planId));
			assertThat(plan.get("areas").size()).isPositive();
			assertThat(plan.get("standingBody").get("id").asLong()).isPositive();
			boolean anyTaskWithAgencies = false;
			for (JsonNode area : plan.get("areas")) {
				for (JsonNode task : area.get("tasks")) {
					anyTaskWithAgencies |= task.get("agencies").size() > 0;
				}
			}
			assertThat(anyTaskWithAgencies).isTrue();
			JsonNode list = ok(api.get("/api/v1/assignments?plan=" + planId + "&limit=200"));
			Set<Long> agencies = new HashSet<>();
			list.get("items").forEach((item) -> agencies.add(item.get("agencyId").asLong()));
			if (username.equals(OFFICER)) {
				assertThat(agencies).containsOnly(officerAgency);
			}
			else {
				assertThat(agencies).hasSizeGreaterThan(1);
			}
			JsonNode detail = ok(api.get("/api/v1/assignments/" + own[0]));
			assertThat(detail.get("agencyId").asLong()).isEqualTo(officerAgency);
			assertThat(detail.get("canReport").asBoolean()).isEqualTo(username.equals(OFFICER));
			assertThat(ok(api.get("/api/v1/assignments/" + own[0] + "/history")).isArray()).isTrue();
			JsonNode figures = ok(api.get("/api/v1/plans/" + planId + "/figures"));
			assertThat(figures.get("city").get("metrics").size()).isEqualTo(Metric.values().length);
		}
	}

	@Test
	void theCursorWalksTheWholeListOnceInIdOrder() {
		long planId = assignmentOf(agencyOf(OFFICER))[1];
		ApiClient api = as("coordinator", TokenScope.READ);
		List<Long> ids = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			JsonNode page = ok(api.get("/api/v1/assignments?plan=" + planId + "&limit=97"
					+ ((cursor != null) ? "&cursor=" + cursor : "")));
			page.get("items").forEach((item) -> ids.add(item.get("id").asLong()));
			cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
			pages++;
		}
		while (cursor != null && pages < 1000);
		long expected = this.jdbc.sql("""
				select count(*) from assignment a join task t on t.id = a.task_id
				join key_area k on k.id = t.key_area_id where k.plan_id = :plan and a.closed_at is null""")
			.param("plan", planId)
			.query(Long.class)
			.single();
		assertThat(ids).hasSize((int) expected).doesNotHaveDuplicates().isSorted();
		assertThat(pages).isGreaterThan(1);
	}

	@Test
	void theFiltersNarrowTheList() {
		ApiClient api = as("coordinator", TokenScope.READ);
		LocalDate day = this.today.date();
		JsonNode overdue = ok(api.get("/api/v1/assignments?overdue=true&limit=500"));
		assertThat(overdue.get("items").size()).isPositive();
		overdue.get("items").forEach((item) -> {
			assertThat(item.get("overdue").asBoolean()).isTrue();
			assertThat(LocalDate.parse(item.get("dueDate").asString())).isBefore(day);
		});
		JsonNode status = ok(api.get("/api/v1/assignments?status=IN_PROGRESS&limit=500"));
		status.get("items").forEach((item) -> assertThat(item.get("status").asString()).isEqualTo("IN_PROGRESS"));
		long agency = agencyOf(OFFICER);
		JsonNode ofAgency = ok(api.get("/api/v1/assignments?agency=" + agency + "&dueAfter=" + day.minusYears(1)
				+ "&dueBefore=" + day.plusYears(1) + "&limit=500"));
		ofAgency.get("items").forEach((item) -> {
			assertThat(item.get("agencyId").asLong()).isEqualTo(agency);
			assertThat(LocalDate.parse(item.get("dueDate").asString())).isAfter(day.minusYears(1))
				.isBefore(day.plusYears(1));
		});
		JsonNode future = ok(api.get("/api/v1/assignments?updatedSince=2099-01-01T00:00:00Z"));
		assertThat(future.get("items").size()).isZero();
	}

	@Test
	void anOfficerGets404ForAnotherAgencysAssignmentLikeForOneThatDoesNotExist() {
		long otherAgency = agencyOf("officer.justice");
		long other = assignmentOf(otherAgency)[0];
		ApiClient api = as(OFFICER, TokenScope.READ_WRITE);
		HttpResponse<String> missing = api.get("/api/v1/assignments/999999999");
		assertThat(missing.statusCode()).isEqualTo(404);
		for (HttpResponse<String> response : List.of(api.get("/api/v1/assignments/" + other),
				api.get("/api/v1/assignments/" + other + "/history"),
				api.post("/api/v1/assignments/" + other + "/progress",
						"{\"version\":0,\"status\":\"IN_PROGRESS\",\"percent\":10}"))) {
			assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
			assertThat(ApiClient.json(response).get("detail").asString())
				.isEqualTo(ApiClient.json(missing).get("detail").asString());
		}
		JsonNode list = ok(api.get("/api/v1/assignments?agency=" + otherAgency));
		assertThat(list.get("items").size()).isZero();
	}

	@Test
	void aProgressReportThroughTheApiIsTheFormsReport() {
		String officer = "officer.hoankiem";
		long agency = agencyOf(officer);
		long id = this.jdbc.sql("""
				select id from assignment where agency_id = :agency and closed_at is null
				and status in ('NOT_STARTED', 'IN_PROGRESS', 'RETURNED') order by id desc limit 1""")
			.param("agency", agency)
			.query(Long.class)
			.single();
		ApiClient api = as(officer, TokenScope.READ_WRITE);
		JsonNode before = ok(api.get("/api/v1/assignments/" + id));
		long version = before.get("version").asLong();
		String note = "Báo cáo qua API " + UUID.randomUUID();
		JsonNode after = ok(api.post("/api/v1/assignments/" + id + "/progress",
				"{\"version\":" + version + ",\"status\":\"IN_PROGRESS\",\"percent\":35,\"note\":\"" + note
						+ "\",\"documentRef\":\"12/BC-UBND\",\"difficulties\":\"Thiếu kinh phí\","
						+ "\"proposals\":\"Bổ sung kinh phí\"}"));
		assertThat(after.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(after.get("percent").asInt()).isEqualTo(35);
		assertThat(after.get("version").asLong()).isGreaterThan(version);

		// what the form's service stored, as the assignment page reads it
		PlanUser user = (PlanUser) this.users.loadUserByUsername(officer);
		AssignmentReading.AssignmentPage page = this.reading.page(user, id);
		assertThat(page.assignment().status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
		assertThat(page.assignment().percent()).isEqualTo(35);
		assertThat(page.history().get(0).note()).isEqualTo(note);
		assertThat(page.history().get(0).documentRef()).isEqualTo("12/BC-UBND");
		assertThat(page.history().get(0).difficulties()).isEqualTo("Thiếu kinh phí");
		assertThat(page.history().get(0).authorName()).isEqualTo(user.getFullName());
		JsonNode history = ok(api.get("/api/v1/assignments/" + id + "/history"));
		assertThat(history.get(0).get("note").asString()).isEqualTo(note);
		assertThat(history.get(0).get("kind").asString()).isEqualTo("PROGRESS");
		// and on the browser's page
		HttpUser browser = new HttpUser("http://localhost:" + this.port).signIn(officer, "demo-plan-133");
		assertThat(browser.get("/assignments/" + id).body()).contains(note);

		// the same report again on the version read before: someone saved in between
		int entries = page.history().size();
		HttpResponse<String> stale = api.post("/api/v1/assignments/" + id + "/progress",
				"{\"version\":" + version + ",\"status\":\"IN_PROGRESS\",\"percent\":50}");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(stale).get("code").asString()).isEqualTo("api.error.stale");
		assertThat(this.reading.page(user, id).history()).hasSize(entries);

		// the workflow's refusal, in the caller's language
		HttpResponse<String> refused = api.post("/api/v1/assignments/" + id + "/progress",
				"{\"version\":" + after.get("version").asLong() + ",\"status\":\"SUBMITTED\",\"percent\":50}");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(ApiClient.json(refused).get("detail").asString())
			.isEqualTo("To submit for review, set percent complete to 100 and say what was done.");
	}

	@Test
	void theCoordinatorAndTheLeadershipCannotReportProgress() {
		long id = assignmentOf(agencyOf(OFFICER))[0];
		for (String username : List.of("coordinator", "leader")) {
			HttpResponse<String> response = as(username, TokenScope.READ_WRITE).post(
					"/api/v1/assignments/" + id + "/progress",
					"{\"version\":0,\"status\":\"IN_PROGRESS\",\"percent\":10}");
			assertThat(response.statusCode()).as(username).isEqualTo(403);
		}
	}

	@Test
	void hostileInputIsA4xxProblemNeverA500() {
		long[] own = assignmentOf(agencyOf(OFFICER));
		ApiClient api = as(OFFICER, TokenScope.READ_WRITE);
		String progress = "/api/v1/assignments/" + own[0] + "/progress";
		String figures = "/api/v1/plans/" + own[1] + "/figures";
		Map<HttpResponse<String>, Integer> expected = new java.util.LinkedHashMap<>();
		expected.put(api.post(progress, "{not json"), 400);
		expected.put(api.post(progress, ""), 400);
		expected.put(api.post(progress, "{\"version\":0,\"status\":\"FLYING\",\"percent\":10}"), 400);
		expected.put(api.post(progress, "{\"version\":\"abc\",\"status\":\"IN_PROGRESS\",\"percent\":10}"), 400);
		expected.put(api.post(progress, "{\"version\":0,\"status\":\"IN_PROGRESS\",\"percent\":1e99}"), 400);
		expected.put(api.post(progress, "{\"version\":0,\"status\":\"IN_PROGRESS\",\"percent\":101}"), 400);
		expected.put(api.post(progress, "{\"version\":0,\"status\":\"IN_PROGRESS\",\"percent\":-1}"), 400);
		expected.put(api.post(progress, "{\"status\":\"IN_PROGRESS\",\"percent\":10}"), 400);
		expected.put(
				api.post(progress, "{\"version\":0,\"status\":\"IN_PROGRESS\",\"percent\":10,\"note\":\"a\\u0000b\"}"),
				400);
		expected.put(api.post(progress,
				"{\"version\":0,\"status\":\"IN_PROGRESS\",\"percent\":10,\"note\":\"" + "x".repeat(4001) + "\"}"),
				400);
		expected.put(api.post(progress, "[1,2,3]"), 400);
		expected.put(api.send(api.request(progress)
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("percent=10"))), 415);
		expected.put(api.get("/api/v1/assignments?limit=0"), 400);
		expected.put(api.get("/api/v1/assignments?limit=abc"), 400);
		expected.put(api.get("/api/v1/assignments?limit=100000"), 400);
		expected.put(api.get("/api/v1/assignments?cursor=%25%25%25"), 400);
		expected.put(api.get("/api/v1/assignments?cursor=Zm9v"), 400);
		expected.put(api.get("/api/v1/assignments?dueBefore=2026-13-45"), 400);
		expected.put(api.get("/api/v1/assignments?dueBefore=1900-01-01"), 400);
		expected.put(api.get("/api/v1/assignments?status=NOPE"), 400);
		expected.put(api.get("/api/v1/assignments?updatedSince=yesterday"), 400);
		expected.put(api.get("/api/v1/assignments?agency=abc"), 400);
		expected.put(api.get("/api/v1/assignments?agency=%00"), 400);
		expected.put(api.get("/api/v1/assignments?plan=999999999"), 404);
		expected.put(api.get("/api/v1/assignments/abc"), 400);
		expected.put(api.get("/api/v1/assignments/99999999999999999999"), 400);
		expected.put(api.get("/api/v1/assignments/-1"), 404);
		expected.put(api.get(figures + "?asOf=2999-01-01"), 400);
		expected.put(api.get(figures + "?asOf=not-a-day"), 400);
		expected.put(api.get(figures + "?kind=XYZ"), 400);
		expected.put(api.get(figures + "?area=999999999"), 400);
		expected.put(api.get("/api/v1/plans/999999999/figures"), 404);
		expected.put(api.get("/api/v1/plans/999999999"), 404);
		expected.put(api.get("/api/v1/nothing-here"), 404);
		expected.put(api.send(api.request("/api/v1/plans").DELETE()), 405);
		expected.forEach((response, status) -> {
			assertThat(response.statusCode()).as(response.request().method() + " " + response.uri()).isEqualTo(status);
			assertThat(response.headers().firstValue("Content-Type")).as(response.uri().toString())
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			JsonNode problem = ApiClient.json(response);
			assertThat(problem.get("status").asInt()).isEqualTo(status);
			assertThat(problem.get("detail").asString()).isNotBlank();
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
		});
		HttpResponse<String> invalid = api.post(progress,
				"{\"version\":0,\"status\":\"IN_PROGRESS\",\"percent\":101,\"documentRef\":\"" + "r".repeat(201)
						+ "\"}");
		JsonNode errors = ApiClient.json(invalid).get("errors");
		List<String> fields = new ArrayList<>();
		errors.forEach((error) -> fields.add(error.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("percent", "documentRef");
		assertThat(errors.get(0).get("message").asString()).isNotBlank();
	}

	@Test
	void theFiguresAreTheSummaryReportsForTheSameDay() {
		long planId = assignmentOf(agencyOf(OFFICER))[1];
		ApiClient api = as("leader", TokenScope.READ);
		LocalDate day = this.today.date();
		for (LocalDate asOf : List.of(day, day.minusDays(30), day.minusDays(200))) {
			JsonNode body = ok(api.get("/api/v1/plans/" + planId + "/figures?asOf=" + asOf));
			SummaryReport summary = this.reports.summary(this.reports.filter(planId, null, null, asOf, day));
			assertThat(counts(body.get("city"))).as("city " + asOf).isEqualTo(byMetric(summary.total()));
			assertThat(counts(body.get("requested"))).as("requested " + asOf)
				.isEqualTo(byMetric(summary.requestedTotal()));
			assertThat(body.get("city").get("maxDaysOverdue").asLong()).isEqualTo(summary.total().maxDaysOverdue());
		}
	}

	@Test
	void theFiguresFollowAProgressReportAtOnceWhileRepeatedReadsAreKept() {
		// an agency none of the phone crawl's roles works for: its lists stay as they
		// were
		long id = this.fixtures.newAssignment("SCT");
		long planId = this.jdbc.sql("""
				select k.plan_id from assignment a join task t on t.id = a.task_id
				join key_area k on k.id = t.key_area_id where a.id = :id""").param("id", id).query(Long.class).single();
		ApiClient leader = as("leader", TokenScope.READ);
		String figures = "/api/v1/plans/" + planId + "/figures";
		Map<String, Long> before = counts(ok(leader.get(figures)).get("city"));
		// read again: the kept result, still the figure owner's
		assertThat(counts(ok(leader.get(figures)).get("city"))).isEqualTo(before);

		ApiClient officer = as(this.fixtures.officerOf("SCT").getUsername(), TokenScope.READ_WRITE);
		ok(officer.post("/api/v1/assignments/" + id + "/progress",
				"{\"version\":" + this.fixtures.version(id) + ",\"status\":\"IN_PROGRESS\",\"percent\":20}"));

		Map<String, Long> after = counts(ok(leader.get(figures)).get("city"));
		assertThat(after.get("NOT_YET_DUE")).isEqualTo(before.get("NOT_YET_DUE") - 1);
		assertThat(after.get("IN_PROGRESS_ON_TIME")).isEqualTo(before.get("IN_PROGRESS_ON_TIME") + 1);
		assertThat(after.get("TOTAL")).isEqualTo(before.get("TOTAL"));
	}

	@Test
	void theMetricsAreNamedInTheCallersLanguage() {
		long planId = assignmentOf(agencyOf(OFFICER))[1];
		ApiClient api = as("leader", TokenScope.READ);
		assertThat(name(ok(api.get("/api/v1/plans/" + planId + "/figures")), Metric.ON_TIME))
			.isEqualTo("Completed on time");
		assertThat(name(ok(api.in("vi").get("/api/v1/plans/" + planId + "/figures")), Metric.ON_TIME))
			.isEqualTo("Hoàn thành đúng hạn");
	}

	private static String name(JsonNode body, Metric metric) {
		for (JsonNode value : body.get("city").get("metrics")) {
			if (value.get("metric").asString().equals(metric.name())) {
				return value.get("name").asString();
			}
		}
		throw new AssertionError("no " + metric);
	}

	private static Map<String, Long> counts(JsonNode set) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		set.get("metrics").forEach((value) -> counts.put(value.get("metric").asString(), value.get("value").asLong()));
		return counts;
	}

	private static Map<String, Long> byMetric(Counts counts) {
		Map<String, Long> values = new java.util.TreeMap<>();
		for (Metric metric : Metric.values()) {
			values.put(metric.name(), counts.of(metric));
		}
		return values;
	}

}
