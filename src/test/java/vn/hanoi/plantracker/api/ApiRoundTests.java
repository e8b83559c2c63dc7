package vn.hanoi.plantracker.api;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hanoi.plantracker.e2e.ServerTest;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.round.AgencyReports;
import vn.hanoi.plantracker.round.ReportCommand;
import vn.hanoi.plantracker.round.RoundKind;
import vn.hanoi.plantracker.round.Rounds;
import vn.hanoi.plantracker.round.Sections;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rounds endpoints over real HTTP, on a round of their own (year 2064): each role
 * reads what the round module lets it read and nothing more (an officer its own agency's
 * report, another agency's is 404 like a missing one; the overview is not an officer's),
 * and what it reads is what the module holds.
 */
@ServerTest
class ApiRoundTests {

	private static final int YEAR = 2064;

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Rounds rounds;

	@Autowired
	AgencyReports reports;

	@Autowired
	Reports figures;

	@Autowired
	Today today;

	private long round;

	private PlanUser officer;

	private String results;

	@BeforeEach
	void aRoundOfItsOwnWithOneDraftReport() {
		long plan = this.figures.filter(null, null, null, null, this.today.date()).planId();
		this.officer = this.fixtures.user("officer.health");
		this.round = this.fixtures.jdbc()
			.sql("select id from reporting_round where plan_id = :plan and kind = 'YEAR' and year = :year")
			.param("plan", plan)
			.param("year", YEAR)
			.query(Long.class)
			.optional()
			.orElseGet(() -> this.rounds.open(this.fixtures.user("coordinator"), plan, RoundKind.YEAR, YEAR,
					this.today.date().plusDays(40)));
		this.results = this.fixtures.jdbc()
			.sql("select results from agency_report where round_id = :r and agency_id = :a")
			.param("r", this.round)
			.param("a", this.officer.getAgencyId())
			.query(String.class)
			.optional()
			.orElse(null);
		if (this.results == null) {
			this.results = "Kết quả qua API " + UUID.randomUUID();
			this.reports.save(this.officer, new ReportCommand(this.round, this.officer.getAgencyId(), 0,
					new Sections(this.results, "", "", "", ""), Map.of()));
		}
	}

	private ApiClient as(String username) {
		String secret = this.tokens
			.create(this.fixtures.user(username), "rounds " + UUID.randomUUID(), TokenScope.READ,
					this.today.date().plusDays(30), null, "127.0.0.1")
			.secret();
		return new ApiClient("http://localhost:" + this.port, secret);
	}

	private static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
		return ApiClient.json(response);
	}

	private long otherNamedAgency() {
		return this.fixtures.jdbc()
			.sql("select agency_id from round_agency where round_id = :r and agency_id <> :a order by position limit 1")
			.param("r", this.round)
			.param("a", this.officer.getAgencyId())
			.query(Long.class)
			.single();
	}

	@Test
	void theCoordinatorAndTheLeadershipReadEveryRoundAndEveryReport() {
		for (String username : List.of("coordinator", "leader")) {
			ApiClient api = as(username);
			JsonNode list = ok(api.get("/api/v1/rounds"));
			assertThat(list.size()).isEqualTo(this.rounds.list(this.fixtures.user(username), 0).size());
			Set<Long> ids = new HashSet<>();
			list.forEach((item) -> ids.add(item.get("id").asLong()));
			assertThat(ids).contains(this.round);

			JsonNode overview = ok(api.get("/api/v1/rounds/" + this.round));
			assertThat(overview.get("year").asInt()).isEqualTo(YEAR);
			long named = this.fixtures.jdbc()
				.sql("select count(*) from round_agency where round_id = :r")
				.param("r", this.round)
				.query(Long.class)
				.single();
			assertThat(overview.get("agencies").size()).isEqualTo((int) named);
			JsonNode own = null;
			for (JsonNode row : overview.get("agencies")) {
				if (row.get("agencyId").asLong() == this.officer.getAgencyId()) {
					own = row;
				}
			}
			assertThat(own).isNotNull();
			assertThat(own.get("status").asString()).isEqualTo("DRAFT");

			JsonNode report = ok(api.get("/api/v1/rounds/" + this.round + "/reports/" + this.officer.getAgencyId()));
			assertThat(report.get("status").asString()).isEqualTo("DRAFT");
			assertThat(report.get("sections").get("results").asString()).isEqualTo(this.results);
			assertThat(report.get("lines").size()).isPositive();
			assertThat(report.get("history").size()).isPositive();
			assertThat(ok(api.get("/api/v1/rounds/" + this.round + "/reports/" + otherNamedAgency())).get("status")
				.asString()).isNotBlank();
		}
	}

	@Test
	void anOfficerReadsItsOwnReportOnlyAndNotTheOverview() {
		ApiClient api = as("officer.health");
		JsonNode list = ok(api.get("/api/v1/rounds"));
		assertThat(list.size()).isPositive();
		list.forEach((item) -> assertThat(item.get("ownStatus").isNull()).as(item.toString()).isFalse());
		assertThat(list.findValues("id").stream().map(JsonNode::asLong).toList()).contains(this.round);

		JsonNode own = ok(api.get("/api/v1/rounds/" + this.round + "/reports/" + this.officer.getAgencyId()));
		assertThat(own.get("sections").get("results").asString()).isEqualTo(this.results);

		HttpResponse<String> missing = api.get("/api/v1/rounds/" + this.round + "/reports/999999999");
		HttpResponse<String> other = api.get("/api/v1/rounds/" + this.round + "/reports/" + otherNamedAgency());
		HttpResponse<String> noRound = api.get("/api/v1/rounds/999999999/reports/" + this.officer.getAgencyId());
		for (HttpResponse<String> response : List.of(missing, other, noRound)) {
			assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
			assertThat(ApiClient.json(response).get("detail").asString())
				.isEqualTo(ApiClient.json(missing).get("detail").asString());
		}
		assertThat(api.get("/api/v1/rounds/" + this.round).statusCode()).isEqualTo(403);
	}

	@Test
	void badInputIsAProblemInTheCallersLanguage() {
		ApiClient api = as("coordinator");
		Map<String, Integer> expected = Map.of("/api/v1/rounds/999999999", 404, "/api/v1/rounds/abc", 400,
				"/api/v1/rounds?plan=abc", 400, "/api/v1/rounds?plan=999999999", 404,
				"/api/v1/rounds/" + this.round + "/reports/abc", 400);
		expected.forEach((path, status) -> {
			HttpResponse<String> response = api.in("vi").get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(status);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).doesNotContain("Exception");
		});
		assertThat(ApiClient.json(api.in("vi").get("/api/v1/rounds/999999999")).get("title").asString())
			.isNotEqualTo(ApiClient.json(api.in("en").get("/api/v1/rounds/999999999")).get("title").asString());
	}

}
