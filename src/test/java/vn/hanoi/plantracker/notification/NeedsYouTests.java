package vn.hanoi.plantracker.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.TwoStepPrincipal;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * "Việc cần bạn xử lý" ({@code /needs-you}): each role sees what waits on it, why, and a
 * link to where to act; an officer sees only its own agency's work. The data is set up
 * inside the test's transaction, which is rolled back.
 */
@IntegrationTest
@Transactional
class NeedsYouTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Today today;

	@Autowired
	UserAccounts accounts;

	@Test
	void officerSeesOwnWorkReturnedOverdueAndDueSoonEachOnceWithWhyAndWhere() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		LocalDate today = this.today.date();
		// the rest of the commune's work is due well after the coming week
		this.fixtures.jdbc()
			.sql("update assignment set due_date = :later where agency_id = (select id from agency where code = :code)")
			.param("later", today.plusDays(100))
			.param("code", commune)
			.update();
		long returned = this.fixtures.freshAssignment(commune);
		long overdue = this.fixtures.freshAssignment(commune);
		long dueSoon = this.fixtures.freshAssignment(commune);
		long submittedAndPastDue = this.fixtures.freshAssignment(commune);
		set(returned, "RETURNED", today.minusDays(5));
		set(overdue, "IN_PROGRESS", today.minusDays(3));
		set(dueSoon, "NOT_STARTED", today.plusDays(2));
		set(submittedAndPastDue, "SUBMITTED", today.minusDays(1));
		long elsewhere = this.fixtures.freshAssignment("SYT");
		set(elsewhere, "RETURNED", today.minusDays(9));

		MvcResult result = this.mvc.perform(get("/needs-you").with(this.fixtures.as(officer))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Map<String, NeedsYou.Kind> kinds = kinds(result);
		assertThat(kinds.keySet()).containsExactly("RETURNED", "OVERDUE", "DUE_SOON");
		// returned and past due: listed once, as returned
		assertThat(kinds.get("RETURNED").total()).isEqualTo(1);
		assertThat(kinds.get("RETURNED").lines()).extracting(NeedsYou.Line::href)
			.containsExactly("/assignments/" + returned);
		assertThat(kinds.get("OVERDUE").total()).isEqualTo(1);
		assertThat(kinds.get("OVERDUE").lines()).extracting(NeedsYou.Line::href)
			.containsExactly("/assignments/" + overdue);
		assertThat(kinds.get("DUE_SOON").lines()).extracting(NeedsYou.Line::href)
			.containsExactly("/assignments/" + dueSoon);
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("Bị trả lại để bạn sửa")
			.contains("quá hạn 3 ngày")
			.contains("còn 2 ngày")
			.contains("href=\"/my/assignments?status=RETURNED\"")
			.contains("href=\"/my/assignments?overdue=true\"")
			// sent work waits on the coordinator; another agency's work is not listed
			.doesNotContain("/assignments/" + submittedAndPastDue + "\"")
			.doesNotContain("/assignments/" + elsewhere + "\"")
			.doesNotContain("??");
	}

	@Test
	void officerSeesTheFirstFiveDueSoonByDueDateAndHowManyThereAre() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		LocalDate today = this.today.date();
		this.fixtures.jdbc()
			.sql("update assignment set due_date = :later where agency_id = (select id from agency where code = :code)")
			.param("later", today.plusDays(100))
			.param("code", commune)
			.update();
		List<Long> dueSoon = new java.util.ArrayList<>();
		for (int i = 0; i < NeedsYou.SHOWN + 2; i++) {
			long id = this.fixtures.freshAssignment(commune);
			// the window's last day included, the first listed first
			set(id, (i % 2 == 0) ? "IN_PROGRESS" : "NOT_STARTED", today.plusDays(7 - i));
			dueSoon.add(0, id);
		}
		long sent = this.fixtures.freshAssignment(commune);
		set(sent, "SUBMITTED", today.plusDays(1));
		long justAfter = this.fixtures.freshAssignment(commune);
		set(justAfter, "NOT_STARTED", today.plusDays(8));

		MvcResult result = this.mvc.perform(get("/needs-you").with(this.fixtures.as(officer))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		NeedsYou.Kind kind = kinds(result).get("DUE_SOON");
		assertThat(kind.total()).isEqualTo(NeedsYou.SHOWN + 2);
		assertThat(kind.more()).isTrue();
		assertThat(kind.lines()).extracting(NeedsYou.Line::href)
			.containsExactlyElementsOf(
					dueSoon.subList(0, NeedsYou.SHOWN).stream().map((id) -> "/assignments/" + id).toList());
		assertThat(kinds(result).get("OVERDUE").total()).isZero();
		assertThat(kinds(result).get("RETURNED").total()).isZero();
	}

	@Test
	void coordinatorSeesTheReviewQueueAndTheExtensionRequestsWithTheirCounts() throws Exception {
		PlanUser coordinator = this.fixtures.user("coordinator");
		long submitted = this.fixtures.jdbc()
			.sql("select count(*) from assignment where status = 'SUBMITTED' and closed_at is null")
			.query(Long.class)
			.single();
		long pending = this.fixtures.jdbc()
			.sql("select count(*) from deadline_extension_request where status = 'PENDING'")
			.query(Long.class)
			.single();
		MvcResult result = this.mvc.perform(get("/needs-you").param("lang", "en").with(this.fixtures.as(coordinator)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Map<String, NeedsYou.Kind> kinds = kinds(result);
		assertThat(kinds.keySet()).containsExactly("REVIEW", "EXTENSIONS", "ROUND_REPORTS", "ESCALATIONS");
		assertThat(kinds.get("REVIEW").total()).isEqualTo(submitted);
		assertThat(kinds.get("REVIEW").lines()).hasSize((int) Math.min(submitted, NeedsYou.SHOWN));
		assertThat(kinds.get("EXTENSIONS").total()).isEqualTo(pending);
		assertThat(result.getResponse().getContentAsString()).contains("Submissions to review")
			.contains("href=\"/coordinator/review\"")
			.contains("href=\"/coordinator/extensions\"")
			.doesNotContain("??");
	}

	@Test
	void leaderSeesAConsolidatedReportAwaitingApprovalWithWhatItIsMadeOf() throws Exception {
		long round = this.fixtures.jdbc().sql("""
				select r.id from reporting_round r
				where not exists (select 1 from consolidated_report c where c.round_id = r.id)
				order by r.id limit 1""").query(Long.class).single();
		this.fixtures.jdbc()
			.sql("insert into consolidated_report (round_id, revision) values (:round, 1)")
			.param("round", round)
			.update();
		long required = this.fixtures.jdbc()
			.sql("select count(*) from round_agency where round_id = :round and required")
			.param("round", round)
			.query(Long.class)
			.single();
		MvcResult result = this.mvc.perform(get("/needs-you").with(this.fixtures.as(this.fixtures.user("leader"))))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Map<String, NeedsYou.Kind> kinds = kinds(result);
		assertThat(kinds.keySet()).containsExactly("APPROVALS", "ESCALATIONS");
		assertThat(kinds.get("APPROVALS").total()).isEqualTo(this.fixtures.jdbc()
			.sql("select count(*) from consolidated_report where approved_at is null")
			.query(Long.class)
			.single());
		assertThat(result.getResponse().getContentAsString()).contains("href=\"/rounds/" + round + "/consolidated\"")
			.containsPattern("Tổng hợp từ \\d+/" + required + " báo cáo cơ quan đã được công nhận")
			.doesNotContain("??");
	}

	@Test
	void aCoordinatorSeesTheEscalationsOfThePlansTheirAgencyRunsOnlyAndTheLeadersSeeAll() throws Exception {
		HealthPlan health = new HealthPlan(this.fixtures, this.accounts);
		PlanUser healthCoordinator = health.coordinator();
		PlanUser policeCoordinator = this.fixtures.user("coordinator");
		LocalDate today = this.today.date();
		String healthCommune = this.fixtures.unusedCommune();
		String policeCommune = this.fixtures.unusedCommune();
		// the communes' other work is not due yet: each is escalated for one plan's work
		for (String commune : List.of(healthCommune, policeCommune)) {
			this.fixtures.jdbc()
				.sql("update assignment set due_date = :later where agency_id = (select id from agency where code = :code)")
				.param("later", today.plusDays(100))
				.param("code", commune)
				.update();
		}
		// overdue longer than any other work, so first in every list: one of the plan the
		// Department of Health runs, one of the plan the City Police run
		health.newAssignment(healthCommune, today.minusDays(9000));
		long police = this.fixtures.freshAssignment(policeCommune);
		set(police, "IN_PROGRESS", today.minusDays(9001));
		assertThat(standingBodyOf(police)).isEqualTo(policeCoordinator.getAgencyId())
			.isNotEqualTo(healthCoordinator.getAgencyId());

		Agency ofHealth = agency(healthCommune);
		Agency ofPolice = agency(policeCommune);
		assertThat(escalated(healthCoordinator)).contains(ofHealth.nameVi()).doesNotContain(ofPolice.nameVi());
		assertThat(escalated(policeCoordinator)).contains(ofPolice.nameVi()).doesNotContain(ofHealth.nameVi());
		assertThat(escalated(this.fixtures.user("leader"))).contains(ofPolice.nameVi(), ofHealth.nameVi());
		// and the list the escalation links to, as each of them opens it
		assertThat(attentionPage(healthCoordinator)).contains(ofHealth.row()).doesNotContain(ofPolice.row());
		assertThat(attentionPage(policeCoordinator)).contains(ofPolice.row()).doesNotContain(ofHealth.row());
		assertThat(attentionPage(this.fixtures.user("leader"))).contains(ofPolice.row(), ofHealth.row());
		// and each page says whose work it lists
		assertThat(attentionPage(healthCoordinator)).contains("kế hoạch do cơ quan của bạn điều phối")
			.doesNotContain("Cơ quan, đơn vị của Thành phố");
		assertThat(attentionPage(this.fixtures.user("leader"))).contains("Cơ quan, đơn vị của Thành phố")
			.doesNotContain("kế hoạch do cơ quan của bạn điều phối");
	}

	/** The agencies on the user's first lines of escalations (Vietnamese names). */
	private List<String> escalated(PlanUser user) throws Exception {
		MvcResult result = this.mvc.perform(get("/needs-you").param("lang", "vi").with(pastSecondFactor(user)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return kinds(result).get("ESCALATIONS").lines().stream().map(NeedsYou.Line::title).toList();
	}

	private String attentionPage(PlanUser user) throws Exception {
		MvcResult result = this.mvc.perform(get("/coordinator/attention").with(pastSecondFactor(user))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	/**
	 * Signed in past the second factor (a coordinator must have one; the demo accounts
	 * are exempt).
	 */
	private static RequestPostProcessor pastSecondFactor(PlanUser user) {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>(user.getAuthorities());
		authorities.add(new SimpleGrantedAuthority(TwoStepPrincipal.TOTP_AUTHORITY));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
	}

	/** The agency of the code: its id and its Vietnamese name. */
	private Agency agency(String code) {
		return this.fixtures.jdbc()
			.sql("select id, name_vi from agency where code = :code")
			.param("code", code)
			.query((rs, n) -> new Agency(rs.getLong(1), rs.getString(2)))
			.single();
	}

	private record Agency(long id, String nameVi) {

		String row() {
			return "id=\"attention-" + this.id + "\"";
		}

	}

	private long standingBodyOf(long assignment) {
		return this.fixtures.jdbc()
			.sql("""
					select p.standing_body_agency_id from assignment a join task t on t.id = a.task_id
					join key_area k on k.id = t.key_area_id join plan p on p.id = k.plan_id where a.id = :id""")
			.param("id", assignment)
			.query(Long.class)
			.single();
	}

	@Test
	void anAdministratorIsToldNothingWaitsOnTheRole() throws Exception {
		this.mvc.perform(get("/needs-you").with(this.fixtures.as(this.fixtures.user("admin"))))
			.andExpect((r) -> assertThat(r.getResponse().getContentAsString()).contains("id=\"needs-you-none\""));
	}

	private void set(long assignment, String status, LocalDate due) {
		this.fixtures.jdbc()
			.sql("update assignment set status = :status, due_date = :due where id = :id")
			.param("status", status)
			.param("due", due)
			.param("id", assignment)
			.update();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, NeedsYou.Kind> kinds(MvcResult result) {
		List<NeedsYou.Kind> kinds = (List<NeedsYou.Kind>) result.getModelAndView().getModel().get("kinds");
		return kinds.stream()
			.collect(Collectors.toMap(NeedsYou.Kind::name, (kind) -> kind, (a, b) -> a, java.util.LinkedHashMap::new));
	}

}
