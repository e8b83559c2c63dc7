package vn.hanoi.plantracker;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.hanoi.plantracker.notification.DailyDigest;
import vn.hanoi.plantracker.support.Files;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.StatementCounter;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The flows of "usable by every role": one-step submit, notifications for the coordinator
 * and the leaders, opening a notification, the review queue with all the evidence and
 * bulk acceptance, search without diacritics, the sibling summary.
 */
@IntegrationTest
class UsabilityWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DailyDigest digest;

	@Autowired
	StatementCounter statements;

	@Test
	void officerSubmitsANotStartedAssignmentInOneStepAndIsToldWhoReviewsIt() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long id = this.fixtures.freshAssignment(commune);
		this.mvc.perform(get("/assignments/" + id).with(this.fixtures.as(officer)))
			.andExpect(content().string(containsString("id=\"submit-for-review\"")));

		this.mvc
			.perform(multipart("/assignments/{id}/progress", id).file(pdf("bao-cao-cuoi-cung.pdf"))
				.param("version", "" + this.fixtures.version(id))
				.param("status", "IN_PROGRESS")
				.param("percent", "40")
				.param("note", "Đã hoàn thành tuyên truyền tại 12 tổ dân phố")
				.param("intent", "submit")
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andExpect(redirectedUrl("/assignments/" + id))
			.andExpect(flash().attribute("success", "flash.submittedTo"))
			.andExpect(flash().attribute("successArg", "Công an thành phố Hà Nội"));

		assertThat(this.fixtures.assignmentRow(id)).containsEntry("status", "SUBMITTED");
		assertThat(((Number) this.fixtures.assignmentRow(id).get("percent_complete")).intValue()).isEqualTo(100);
		assertThat(this.fixtures.historyCount(id)).isEqualTo(1);
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from evidence_file e join progress_update u on u.id = e.progress_update_id"
					+ " where u.assignment_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aRefusedSubmissionSummarisesTheErrorsAtTheTopWithLinksToTheFields() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long id = this.fixtures.freshAssignment(commune);
		this.mvc
			.perform(multipart("/assignments/{id}/progress", id).param("version", "" + this.fixtures.version(id))
				.param("status", "IN_PROGRESS")
				.param("percent", "140")
				.param("note", "")
				.param("intent", "save")
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("field-error-summary")))
			.andExpect(content().string(containsString("href=\"#percent\"")));
		assertThat(this.fixtures.historyCount(id)).isZero();
	}

	@Test
	void coordinatorsHearOfSubmissionsAndExtensionRequestsAndOpeningOneMarksItRead() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		PlanUser coordinator = this.fixtures.user("coordinator");
		PlanUser leader = this.fixtures.user("leader");
		long submitted = this.fixtures.freshAssignment(commune);
		long extended = this.fixtures.freshAssignment(commune);
		long leaderBefore = count("select count(*) from notification where recipient_id = " + leader.getId());

		this.mvc
			.perform(multipart("/assignments/{id}/progress", submitted)
				.param("version", "" + this.fixtures.version(submitted))
				.param("status", "IN_PROGRESS")
				.param("percent", "100")
				.param("note", "Báo cáo kết quả")
				.param("intent", "submit")
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andExpect(status().isFound());
		LocalDate later = LocalDate.now().plusDays(60);
		this.mvc
			.perform(post("/assignments/{id}/extension", extended).param("requestedDueDate", later.toString())
				.param("reason", "Chờ kinh phí")
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andExpect(status().isFound());

		await().atMost(Duration.ofSeconds(10))
			.until(() -> count("select count(*) from notification where recipient_id = " + coordinator.getId()
					+ " and assignment_id in (" + submitted + ", " + extended + ")") == 2);
		assertThat(count("select count(*) from notification where recipient_id = " + coordinator.getId()
				+ " and assignment_id = " + submitted + " and kind = 'SUBMITTED'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from notification where recipient_id = " + coordinator.getId()
				+ " and assignment_id = " + extended + " and kind = 'EXTENSION_REQUESTED'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from notification where recipient_id = " + leader.getId()))
			.as("leaders are not told of routine submissions")
			.isEqualTo(leaderBefore);

		// the bell shows the count for the coordinator too
		this.mvc.perform(get("/plans").with(this.fixtures.as(coordinator)))
			.andExpect(content().string(containsString("id=\"unread-count\"")));
		long notification = count("select id from notification where recipient_id = " + coordinator.getId()
				+ " and assignment_id = " + submitted);
		this.mvc.perform(get("/notifications/" + notification).with(this.fixtures.as(officer)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/notifications/" + notification).with(this.fixtures.as(coordinator)))
			.andExpect(redirectedUrl("/assignments/" + submitted));
		assertThat(count("select count(*) from notification where id = " + notification + " and read_at is not null"))
			.isEqualTo(1);
	}

	@Test
	void escalationReachesCoordinatorsAndLeadersOnceADay() {
		PlanUser coordinator = this.fixtures.user("coordinator");
		PlanUser leader = this.fixtures.user("leader");
		// far enough ahead that every open assignment is more than 30 days overdue
		LocalDate day = LocalDate.of(2031, 3, 2);
		long before = count("select count(*) from notification where kind = 'ESCALATION' and recipient_id in ("
				+ coordinator.getId() + ", " + leader.getId() + ")");
		assertThat(this.digest.escalateFor(day)).isTrue();
		assertThat(this.digest.escalateFor(day)).as("never twice for a day").isFalse();
		assertThat(count("select count(*) from notification where kind = 'ESCALATION' and recipient_id in ("
				+ coordinator.getId() + ", " + leader.getId() + ")"))
			.isEqualTo(before + 2);
		assertThat(count("select count(*) from notification where kind = 'ESCALATION' and recipient_id in"
				+ " (select id from app_user where role = 'OFFICER')"))
			.isZero();
	}

	@Test
	void theReviewQueueShowsEveryEvidenceFileAndEarlierReturnsAndAcceptsTheTickedItems() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		PlanUser coordinator = this.fixtures.user("coordinator");
		long first = this.fixtures.freshAssignment(commune);
		long second = this.fixtures.freshAssignment(commune);
		// evidence on an earlier save, then the submission without a file
		progress(officer, first, "save", "Đang triển khai", pdf("ke-hoach-trien-khai.pdf"));
		progress(officer, first, "submit", "Hoàn thành", null);
		this.mvc
			.perform(post("/assignments/{id}/return", first).param("version", "" + this.fixtures.version(first))
				.param("note", "Thiếu danh sách người tham dự")
				.with(csrf())
				.with(this.fixtures.as(coordinator)))
			.andExpect(status().isFound());
		progress(officer, first, "submit", "Đã bổ sung danh sách", null);
		progress(officer, second, "submit", "Hoàn thành", pdf("bao-cao.pdf"));

		long agency = officer.getAgencyId();
		// let the event listeners finish first (only this thread's statements count)
		awaitEventsDone();
		// the agency list is read once a structure change (the test officer's account):
		// not
		// a statement of the queue, so it is read before counting
		this.mvc.perform(get("/coordinator/review").with(this.fixtures.as(coordinator))).andExpect(status().isOk());
		this.statements.reset();
		this.mvc.perform(get("/coordinator/review?agency=" + agency).with(this.fixtures.as(coordinator)))
			.andExpect(content().string(containsString("ke-hoach-trien-khai.pdf")))
			.andExpect(content().string(containsString("Thiếu danh sách người tham dự")))
			.andExpect(content().string(containsString("PDF,")));
		// Spring Session's statements depend on the requests before, not on the queue
		long statementsForTwo = this.statements.countWithoutSession();
		List<String> statementsOfTwo = this.statements.statements();

		this.mvc
			.perform(post("/coordinator/review/accept-selected")
				.param("selected", first + ":" + this.fixtures.version(first), second + ":0")
				.param("returnTo", "/coordinator/review?agency=" + agency)
				.with(csrf())
				.with(this.fixtures.as(coordinator)))
			.andExpect(redirectedUrl("/coordinator/review?agency=" + agency))
			.andExpect(flash().attribute("successArg", 1))
			.andExpect(flash().attribute("failureArg", 1));
		assertThat(this.fixtures.assignmentRow(first)).containsEntry("status", "COMPLETED");
		assertThat(this.fixtures.assignmentRow(second)).as("stale version: skipped, not accepted blind")
			.containsEntry("status", "SUBMITTED");
		this.mvc
			.perform(post("/coordinator/review/accept-selected").param("selected", second + ":0")
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andExpect(status().isForbidden());

		awaitEventsDone();
		this.statements.reset();
		this.mvc.perform(get("/coordinator/review").with(this.fixtures.as(coordinator))).andExpect(status().isOk());
		assertThat(this.statements.countWithoutSession())
			.as("statements do not grow with the queue: %s then %s", statementsOfTwo, this.statements.statements())
			.isEqualTo(statementsForTwo);
	}

	@Test
	void searchIgnoresDiacriticsAndIsScopedToWhatTheUserMayRead() throws Exception {
		PlanUser coordinator = this.fixtures.user("coordinator");
		PlanUser health = this.fixtures.user("officer.health");
		this.mvc.perform(get("/search").param("q", "ha dong").with(this.fixtures.as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phường Hà Đông")));
		this.mvc.perform(get("/search").param("q", "HÀ ĐÔNG").with(this.fixtures.as(coordinator)))
			.andExpect(content().string(containsString("Phường Hà Đông")));
		// an English word finds the Vietnamese task, and the officer sees only its own
		// agency's assignments
		MvcResult officerResult = this.mvc.perform(get("/search").param("q", "ha dong").with(this.fixtures.as(health)))
			.andExpect(status().isOk())
			.andReturn();
		String assignmentsSection = section(officerResult.getResponse().getContentAsString(), "results-assignments");
		assertThat(assignmentsSection).doesNotContain("Hà Đông");
		this.mvc.perform(get("/search").param("q", "y te").with(this.fixtures.as(health)))
			.andExpect(content().string(containsString("Sở Y tế")));
		this.mvc.perform(get("/search").param("q", "100%_\\").with(this.fixtures.as(health)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/search").param("q", "").with(this.fixtures.as(health)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("search-summary"))));
	}

	@Test
	void aCityWideTaskSummarisesTheOtherAgenciesAndPagesThem() throws Exception {
		long id = count("""
				select min(a.id) from assignment a join (
				  select task_id, period from assignment group by task_id, period
				  order by count(*) desc, task_id limit 1) w on w.task_id = a.task_id and w.period = a.period""");
		long siblings = count("select count(*) - 1 from assignment o join assignment a on a.task_id = o.task_id"
				+ " and a.period = o.period where a.id = " + id + " and o.closed_at is null");
		assertThat(siblings).isGreaterThan(100);
		String page = this.mvc.perform(get("/assignments/" + id).with(this.fixtures.as(this.fixtures.user("leader"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"siblings-summary\"").contains(siblings + " cơ quan, đơn vị khác");
		assertThat(section(page, "id=\"siblings\"").split("class=\"list-group-item\"")).hasSize(11);
		String last = this.mvc
			.perform(get("/assignments/" + id + "?siblings=9999").with(this.fixtures.as(this.fixtures.user("leader"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long pages = (siblings + 9) / 10;
		assertThat(last).contains("Trang " + pages + "/" + pages);
	}

	/**
	 * Until every event published in the last minute has been handled by its listeners.
	 */
	private void awaitEventsDone() {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> count("select count(*) from event_publication where completion_date is null"
					+ " and publication_date > now() - interval '1 minute'") == 0);
	}

	@Test
	void aDashboardPagePastTheEndGoesToTheLastPageAndTheActiveSortIsMarked() throws Exception {
		PlanUser coordinator = this.fixtures.user("coordinator");
		String location = this.mvc.perform(get("/coordinator/overdue?page=99").with(this.fixtures.as(coordinator)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).contains("page=").doesNotContain("page=99");
		String page = this.mvc.perform(get(location).with(this.fixtures.as(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tagWith(page, "id=\"sort-due\"")).contains("aria-current=\"true\"");
		assertThat(tagWith(page, "id=\"sort-count\"")).doesNotContain("aria-current");
		this.mvc.perform(get("/reports/departments?sort=OVERDUE&desc=true").with(this.fixtures.as(coordinator)))
			.andExpect(content().string(containsString("aria-sort=\"descending\"")));
	}

	private void progress(PlanUser officer, long id, String intent, String note, MockMultipartFile file)
			throws Exception {
		var request = multipart("/assignments/{id}/progress", id);
		if (file != null) {
			request.file(file);
		}
		this.mvc
			.perform(request.param("version", "" + this.fixtures.version(id))
				.param("status", "IN_PROGRESS")
				.param("percent", "50")
				.param("note", note)
				.param("intent", intent)
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andExpect(status().isFound());
	}

	/**
	 * A real PDF: uploads are parsed, and a file that only starts like a PDF is refused.
	 */
	private static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("files", name, "application/pdf", Files.pdf("báo cáo"));
	}

	private long count(String sql) {
		return this.fixtures.jdbc().sql(sql).query(Long.class).single();
	}

	/**
	 * The HTML from the element whose attribute text is {@code marker} to the next
	 * heading.
	 */
	private static String section(String html, String marker) {
		int start = html.indexOf(marker);
		assertThat(start).as(marker).isNotNegative();
		int end = html.indexOf("<h2", start + 1);
		return html.substring(start, (end < 0) ? html.length() : end);
	}

	/** The whole start tag that holds {@code attribute}. */
	private static String tagWith(String html, String attribute) {
		int at = html.indexOf(attribute);
		assertThat(at).as(attribute).isNotNegative();
		return html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
	}

}
