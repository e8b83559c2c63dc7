package vn.hanoi.plantracker;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.api.ApiTokens;
import vn.hanoi.plantracker.api.TokenScope;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.StatementCounter;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What an officer's progress save costs the database: one POST of the progress form,
 * committed, counted statement by statement (Spring Session's own left out: they depend
 * on the requests before, not on the save). A save is the write every agency makes, many
 * at once on a reporting deadline.
 */
@IntegrationTest
class ProgressSaveBudgetTests {

	/**
	 * Statements of one progress save, Spring Session's left out: the account check every
	 * request makes, the assignment read for the change, the history entry inserted and
	 * the assignment updated. It was 10: the controller read the whole assignment page
	 * (the assignment, the sibling agencies, the evidence, the history) to check that the
	 * officer may report, and the model of every request read the latest extension
	 * request and the unread count, for a redirect that shows neither. The page is now
	 * read only to show a refused form again, the service checks the object, and the
	 * model's reads wait for a page that shows them.
	 */
	static final int MAX_STATEMENTS_PER_SAVE = 4;

	/**
	 * With the session's (here 3: a MockMvc request signs in anew; a browser's session
	 * costs a read and an update): the target for a save.
	 */
	static final int MAX_STATEMENTS_WITH_SESSION = 10;

	/**
	 * Statements of one progress save through the API (a token, no session): the token
	 * and its owner, the save's own (as above), and the assignment page read once for the
	 * answer. It was 16: the page was read before the save too, only to learn whether the
	 * token's owner may report, which the service decides.
	 */
	static final int MAX_STATEMENTS_PER_API_SAVE = 11;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Today today;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProgressSaveCostsAFixedNumberOfStatements() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long id = this.fixtures.freshAssignment(commune);

		// the first report (NOT_STARTED to IN_PROGRESS) and one on top of it
		List<Cost> saves = List.of(save(officer, id, 30), save(officer, id, 60));

		assertThat(this.fixtures.historyCount(id)).isEqualTo(2);
		assertThat(((Number) this.fixtures.assignmentRow(id).get("percent_complete")).intValue()).isEqualTo(60);
		for (Cost save : saves) {
			assertThat(save.statements()).as("without the session's: %s", save.sql())
				.isLessThanOrEqualTo(MAX_STATEMENTS_PER_SAVE);
			assertThat(save.withSession()).as("with the session's: %s", save.sql())
				.isLessThanOrEqualTo(MAX_STATEMENTS_WITH_SESSION);
		}
	}

	@Test
	void anApiProgressSaveCostsAFixedNumberOfStatements() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long id = this.fixtures.freshAssignment(commune);
		String token = this.tokens
			.create(officer, "budget " + UUID.randomUUID(), TokenScope.READ_WRITE, this.today.date().plusDays(30), null,
					"127.0.0.1")
			.secret();

		List<Cost> saves = List.of(apiSave(token, id, 30), apiSave(token, id, 60));

		assertThat(this.fixtures.historyCount(id)).isEqualTo(2);
		assertThat(((Number) this.fixtures.assignmentRow(id).get("percent_complete")).intValue()).isEqualTo(60);
		for (Cost save : saves) {
			assertThat(save.withSession()).as("an API save: %s", save.sql())
				.isLessThanOrEqualTo(MAX_STATEMENTS_PER_API_SAVE);
		}
	}

	/**
	 * A save runs a dozen statements inside triggers (the history's author and agency,
	 * the state history, the tally, the versions). Every connection plans each statement
	 * for its parameters (plan_cache_mode = force_custom_plan, for the report queries'
	 * optional filters), which PL/pgSQL follows too: a trigger function that does not set
	 * the default back plans its statements again on every save (V690: 2.87 against 1.61
	 * ms a save). A trigger function replaced without it (create or replace drops a
	 * function's settings) fails here.
	 */
	@Test
	void everyTriggerFunctionKeepsItsPlans() {
		record TriggerFunctions(long count, List<String> planningAgain) {
		}
		TriggerFunctions functions = this.jdbc.sql("""
				select count(*),
				       coalesce(array_agg(p.oid::regprocedure::text order by p.oid::regprocedure::text)
				                filter (where not coalesce('plan_cache_mode=auto' = any (p.proconfig), false)), '{}')
				from pg_proc p join pg_namespace n on n.oid = p.pronamespace
				where n.nspname = current_schema() and p.prorettype = 'trigger'::regtype""")
			.query((rs, n) -> new TriggerFunctions(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray())))
			.single();
		long triggerFunctions = functions.count();
		List<String> planningAgain = functions.planningAgain();
		assertThat(triggerFunctions).as("trigger functions in the schema").isGreaterThan(10);
		assertThat(planningAgain).as("trigger functions that plan their statements on every call").isEmpty();
	}

	private Cost apiSave(String token, long id, int percent) throws Exception {
		long version = this.fixtures.version(id);
		this.statements.reset();
		MockHttpServletResponse response = this.mvc
			.perform(post("/api/v1/assignments/{id}/progress", id).header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version + ",\"status\":\"IN_PROGRESS\",\"percent\":" + percent + "}"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("\"percent\":" + percent);
		Cost cost = new Cost(this.statements.countWithoutSession(), this.statements.count(),
				this.statements.statements());
		System.out.printf("API progress save: %d statements%n", cost.withSession());
		return cost;
	}

	private Cost save(PlanUser officer, long id, int percent) throws Exception {
		long version = this.fixtures.version(id);
		this.statements.reset();
		int status = this.mvc
			.perform(post("/assignments/{id}/progress", id).param("version", "" + version)
				.param("status", "IN_PROGRESS")
				.param("percent", "" + percent)
				.param("note", "Đã triển khai " + percent + "%")
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(302);
		Cost cost = new Cost(this.statements.countWithoutSession(), this.statements.count(),
				this.statements.statements());
		System.out.printf("progress save: %d statements (%d with the session's)%n", cost.statements(),
				cost.withSession());
		return cost;
	}

	private record Cost(long statements, long withSession, List<String> sql) {

	}

}
