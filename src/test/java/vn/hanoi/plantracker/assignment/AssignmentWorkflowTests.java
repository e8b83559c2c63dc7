package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reporting workflow through the web layer on real PostgreSQL: who may move an
 * assignment where, and that a refused change leaves the database exactly as it was.
 */
@IntegrationTest
class AssignmentWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	private String agency;

	@BeforeEach
	void takeAnUnusedCommune() {
		this.agency = this.fixtures.unusedCommune();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@ParameterizedTest(name = "from {0}")
	@EnumSource(AssignmentStatus.class)
	void officerMayMoveOnlyAlongTheWorkflow(AssignmentStatus from) throws Exception {
		PlanUser officer = this.fixtures.officerOf(this.agency);
		for (AssignmentStatus target : AssignmentStatus.values()) {
			long id = assignmentIn(from, officer);
			Map<String, Object> before = this.fixtures.assignmentRow(id);
			long historyBefore = this.fixtures.historyCount(id);
			ResultActions result = report(officer, id, target, 100, "Đã thực hiện xong");
			if (from.officerMayMoveTo(target)) {
				result.andExpect(redirectedUrl("/assignments/" + id));
				assertThat(this.fixtures.assignmentRow(id).get("status")).isEqualTo(target.name());
				assertThat(this.fixtures.historyCount(id)).isEqualTo(historyBefore + 1);
			}
			else {
				result.andExpect(status().isUnprocessableContent());
				assertThat(this.fixtures.assignmentRow(id)).as(from + " -> " + target).isEqualTo(before);
				assertThat(this.fixtures.historyCount(id)).isEqualTo(historyBefore);
			}
		}
	}

	@Test
	void refusedTransitionExplainsItselfInTheUsersLanguage() throws Exception {
		PlanUser officer = this.fixtures.officerOf(this.agency);
		long id = this.fixtures.freshAssignment(this.agency);
		report(officer, id, AssignmentStatus.COMPLETED, 100, "x").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("không thể chuyển sang")))
			.andExpect(content().string(containsString("Đã hoàn thành")));
	}

	@Test
	void submittingNeedsANoteAndOneHundredPercent() throws Exception {
		PlanUser officer = this.fixtures.officerOf(this.agency);
		long id = assignmentIn(AssignmentStatus.IN_PROGRESS, officer);
		report(officer, id, AssignmentStatus.SUBMITTED, 90, "Gần xong").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("100%")));
		report(officer, id, AssignmentStatus.SUBMITTED, 100, "  ").andExpect(status().isUnprocessableContent());
		assertThat(this.fixtures.assignmentRow(id).get("status")).isEqualTo("IN_PROGRESS");
		report(officer, id, AssignmentStatus.SUBMITTED, 100, "Đã ban hành báo cáo").andExpect(status().isFound());
		assertThat(this.fixtures.assignmentRow(id).get("status")).isEqualTo("SUBMITTED");
		this.mvc.perform(get("/assignments/" + id).with(this.fixtures.as(officer)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"progress-form\""))))
			.andExpect(content().string(containsString("đang chờ cơ quan thường trực xem xét")));
	}

	@Test
	void acceptanceCompletesOnTodayInHanoiAndJudgesLatenessAgainstTheDueDate() throws Exception {
		PlanUser officer = this.fixtures.officerOf(this.agency);
		long id = assignmentIn(AssignmentStatus.SUBMITTED, officer);
		LocalDate due = (LocalDate) this.fixtures.jdbc()
			.sql("select due_date from assignment where id = ?")
			.param(id)
			.query(LocalDate.class)
			.single();
		// 23:30 UTC on the due date is already the next day in Hanoi: completed late
		this.clock.setInstant(due.atTime(23, 30).toInstant(java.time.ZoneOffset.UTC));
		review("accept", id, "").andExpect(redirectedUrl("/assignments/" + id));
		Map<String, Object> row = this.fixtures.assignmentRow(id);
		assertThat(row.get("status")).isEqualTo("COMPLETED");
		assertThat(row.get("completed_on")).hasToString(due.plusDays(1).toString());
		this.mvc.perform(get("/assignments/" + id).with(this.fixtures.as(officer)))
			.andExpect(content().string(containsString("Hoàn thành quá hạn")));
	}

	@Test
	void returnNeedsAReasonAndTheOfficerSeesIt() throws Exception {
		PlanUser officer = this.fixtures.officerOf(this.agency);
		long id = assignmentIn(AssignmentStatus.SUBMITTED, officer);
		review("return", id, " ").andExpect(status().isUnprocessableContent());
		assertThat(this.fixtures.assignmentRow(id).get("status")).isEqualTo("SUBMITTED");
		review("return", id, "Thiếu số liệu về số lượt người được tuyên truyền").andExpect(status().isFound());
		this.mvc.perform(get("/assignments/" + id).with(this.fixtures.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thiếu số liệu về số lượt người được tuyên truyền")))
			.andExpect(content().string(containsString("Bị trả lại")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "leader", "coordinator", "admin" })
	void onlyTheAgencysOfficersReportProgress(String username) throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		Map<String, Object> before = this.fixtures.assignmentRow(id);
		report(this.fixtures.user(username), id, AssignmentStatus.IN_PROGRESS, 10, "x")
			.andExpect(status().isForbidden());
		assertThat(this.fixtures.assignmentRow(id)).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "leader", "admin", "officer.health" })
	void onlyTheCoordinatorAcceptsOrReturns(String username) throws Exception {
		long id = assignmentIn(AssignmentStatus.SUBMITTED, this.fixtures.officerOf(this.agency));
		Map<String, Object> before = this.fixtures.assignmentRow(id);
		for (String decision : new String[] { "accept", "return" }) {
			this.mvc
				.perform(post("/assignments/" + id + "/" + decision).param("version", "" + this.fixtures.version(id))
					.param("note", "ok")
					.with(csrf())
					.with(this.fixtures.as(this.fixtures.user(username))))
				.andExpect(status().isForbidden());
		}
		assertThat(this.fixtures.assignmentRow(id)).isEqualTo(before);
	}

	@Test
	void officerCannotReadOrChangeAnotherAgencysAssignment() throws Exception {
		PlanUser intruder = this.fixtures.officerOf("XA-KIM-ANH");
		long id = this.fixtures.freshAssignment(this.agency);
		Map<String, Object> before = this.fixtures.assignmentRow(id);
		this.mvc.perform(get("/assignments/" + id).with(this.fixtures.as(intruder))).andExpect(status().isNotFound());
		report(intruder, id, AssignmentStatus.IN_PROGRESS, 50, "crafted").andExpect(status().isNotFound());
		assertThat(this.fixtures.assignmentRow(id)).isEqualTo(before);
		assertThat(this.fixtures.historyCount(id)).isZero();
	}

	@Test
	void leaderAndCoordinatorReadEveryAssignment() throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		for (String username : new String[] { "leader", "coordinator" }) {
			this.mvc.perform(get("/assignments/" + id).with(this.fixtures.as(this.fixtures.user(username))))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"progress-form\""))));
		}
	}

	@Test
	void extraFieldsInTheRequestCannotChangeWhatTheFormDoesNotOffer() throws Exception {
		PlanUser officer = this.fixtures.officerOf(this.agency);
		long id = this.fixtures.freshAssignment(this.agency);
		Map<String, Object> before = this.fixtures.assignmentRow(id);
		this.mvc
			.perform(multipart("/assignments/{id}/progress", id).param("version", "" + before.get("version"))
				.param("status", "IN_PROGRESS")
				.param("percent", "30")
				.param("note", "Bắt đầu")
				.param("id", "1")
				.param("agency", "1")
				.param("agencyId", "1")
				.param("completedOn", "2025-01-01")
				.param("dueDate", "2030-01-01")
				.param("assignment.status", "COMPLETED")
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andExpect(status().isFound());
		Map<String, Object> after = this.fixtures.assignmentRow(id);
		assertThat(after.get("status")).isEqualTo("IN_PROGRESS");
		assertThat(after.get("agency_id")).isEqualTo(before.get("agency_id"));
		assertThat(after.get("due_date")).isEqualTo(before.get("due_date"));
		assertThat(after.get("completed_on")).isNull();
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from assignment where id = 1 and status = 'COMPLETED' and completed_on = date '2025-01-01'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aStaleFormGetsAConflictPageThatKeepsTheTypedTextAndTheFirstSaveIsIntact() throws Exception {
		PlanUser first = this.fixtures.officerOf(this.agency);
		long id = this.fixtures.freshAssignment(this.agency);
		long version = this.fixtures.version(id);
		reportAt(first, id, version, AssignmentStatus.IN_PROGRESS, 40, "Bản lưu đầu tiên")
			.andExpect(status().isFound());
		reportAt(first, id, version, AssignmentStatus.IN_PROGRESS, 60, "Nội dung người thứ hai đã gõ")
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Bản lưu đầu tiên")))
			.andExpect((result) -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
				.as("the typed text is kept in a form on top of the stored version")
				.contains("Nội dung người thứ hai đã gõ")
				.contains("name=\"version\" value=\"" + (version + 1) + "\""));
		Map<String, Object> row = this.fixtures.assignmentRow(id);
		assertThat(((Number) row.get("percent_complete")).intValue()).isEqualTo(40);
		assertThat(this.fixtures.historyCount(id)).isEqualTo(1);
	}

	@Test
	void percentOutsideTheRangeAndOversizeNotesAreRefusedWithAMessage() throws Exception {
		PlanUser officer = this.fixtures.officerOf(this.agency);
		long id = this.fixtures.freshAssignment(this.agency);
		report(officer, id, AssignmentStatus.IN_PROGRESS, 101, "x").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("số nguyên từ 0 đến 100")));
		report(officer, id, AssignmentStatus.IN_PROGRESS, -1, "x").andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(multipart("/assignments/{id}/progress", id).param("version", "" + this.fixtures.version(id))
				.param("status", "IN_PROGRESS")
				.param("percent", "abc")
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("số nguyên từ 0 đến 100")));
		report(officer, id, AssignmentStatus.IN_PROGRESS, 10, "x".repeat(4001))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("tối đa 4.000 ký tự")));
		assertThat(this.fixtures.historyCount(id)).isZero();
	}

	@Test
	void historyIsAppendedNewestFirstAndNotesAreEscaped() throws Exception {
		PlanUser officer = this.fixtures.officerOf(this.agency);
		long id = this.fixtures.freshAssignment(this.agency);
		report(officer, id, AssignmentStatus.IN_PROGRESS, 20, "Bước một <script>alert(1)</script>");
		report(officer, id, AssignmentStatus.IN_PROGRESS, 50, "Bước hai");
		assertThat(this.fixtures.jdbc()
			.sql("select percent from progress_update where assignment_id = ? order by created_at, id")
			.param(id)
			.query(Integer.class)
			.list()).containsExactly(20, 50);
		String html = this.mvc.perform(get("/assignments/" + id).with(this.fixtures.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		assertThat(html.indexOf("Bước hai")).isLessThan(html.indexOf("Bước một"));
	}

	@Test
	void theLeadAgencySeesItsSupportingAgenciesLatestReports() throws Exception {
		// an open supporting assignment the Youth Union can still report on, with or
		// without history of its own (the demo reports most of the Union's work): the
		// report made here is the newest of the task, so the lead sees it first
		Map<String, Object> pair = this.fixtures.jdbc().sql("""
				select l.id as lead_id, lg.code as lead_code, s.id as support_id, sg.code as support_code
				from assignment l join assignment s on s.task_id = l.task_id and s.period = l.period
				join agency lg on lg.id = l.agency_id join agency sg on sg.id = s.agency_id
				where l.role = 'LEAD' and s.role = 'SUPPORT' and lg.kind = 'LOCAL_AUTHORITY' is false
				  and sg.code = 'TDTN'
				  and s.status in ('NOT_STARTED', 'IN_PROGRESS') and s.closed_at is null and l.closed_at is null
				order by s.id limit 1""").query().singleRow();
		PlanUser supporter = this.fixtures.officerOf((String) pair.get("support_code"));
		long supportId = ((Number) pair.get("support_id")).longValue();
		report(supporter, supportId, AssignmentStatus.IN_PROGRESS, 60, "Đoàn Thanh niên đã tổ chức 12 buổi sinh hoạt")
			.andExpect(status().isFound());
		PlanUser lead = this.fixtures.officerOf((String) pair.get("lead_code"));
		this.mvc.perform(get("/assignments/" + pair.get("lead_id")).with(this.fixtures.as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Báo cáo mới nhất của cơ quan phối hợp và các cơ quan khác")))
			.andExpect(content().string(containsString("Đoàn Thanh niên đã tổ chức 12 buổi sinh hoạt")));
	}

	@Test
	void whenTheDemoHasLeftAnAgencyNoUntouchedWorkTheFixturesGiveItNewWorkThatItsOfficerReports() throws Exception {
		// the demo reports most of every department's work: the Department of Health's
		// untouched work is taken until none is left, as a long run of tests does
		long health = this.fixtures.jdbc()
			.sql("select count(*) from assignment a join agency g on g.id = a.agency_id where g.code = 'SYT'")
			.query(Long.class)
			.single();
		long id = 0;
		for (long taken = 0; taken <= health && !isNew(id); taken++) {
			id = this.fixtures.freshAssignment("SYT");
		}
		assertThat(isNew(id)).as("a new assignment once the demo's untouched ones are used up").isTrue();
		Map<String, Object> row = this.fixtures.jdbc().sql("""
				select g.code, a.status, a.closed_at, p.status as plan_status, s.code as standing
				from assignment a join agency g on g.id = a.agency_id
				join task t on t.id = a.task_id join key_area k on k.id = t.key_area_id join plan p on p.id = k.plan_id
				join agency s on s.id = p.standing_body_agency_id
				where a.id = :id""").param("id", id).query().singleRow();
		assertThat(row).containsEntry("code", "SYT")
			.containsEntry("status", "NOT_STARTED")
			.containsEntry("closed_at", null)
			.containsEntry("plan_status", "PUBLISHED")
			.containsEntry("standing", "CATP");
		assertThat(this.fixtures.historyCount(id)).isZero();
		// the department's own officer reports it like any of its work
		report(this.fixtures.user("officer.health"), id, AssignmentStatus.IN_PROGRESS, 40, "Đang triển khai")
			.andExpect(redirectedUrl("/assignments/" + id));
		assertThat(this.fixtures.assignmentRow(id).get("status")).isEqualTo("IN_PROGRESS");
		assertThat(this.fixtures.historyCount(id)).isOne();
		// and the next one is another new one
		long next = this.fixtures.freshAssignment("SYT");
		assertThat(next).isNotEqualTo(id);
		assertThat(isNew(next)).isTrue();
		assertThat(this.fixtures.historyCount(next)).isZero();
	}

	private boolean isNew(long id) {
		return this.fixtures.jdbc()
			.sql("""
					select count(*) from assignment a join task t on t.id = a.task_id join key_area k on k.id = t.key_area_id
					join plan p on p.id = k.plan_id where a.id = :id and p.number = :plan""")
			.param("id", id)
			.param("plan", Fixtures.FIXTURE_PLAN)
			.query(Long.class)
			.single() == 1;
	}

	@Test
	void officerListShowsOnlyItsOwnAgencySoonestDueFirstAndFilters() throws Exception {
		PlanUser officer = this.fixtures.officerOf("XA-TRUNG-GIA");
		// the list is paged: every page, as the officer walks them with "next"
		java.util.List<String> pages = vn.hanoi.plantracker.support.ListPages.all(this.mvc, this.fixtures.as(officer),
				"/my/assignments");
		String html = String.join("", pages);
		long expected = this.fixtures.jdbc()
			.sql("select count(*) from assignment a join agency g on g.id = a.agency_id where g.code = 'XA-TRUNG-GIA'")
			.query(Long.class)
			.single();
		assertThat(html.split("href=\"/assignments/").length - 1).isEqualTo((int) expected);
		java.util.List<Long> ids = java.util.regex.Pattern.compile("href=\"/assignments/(\\d+)\"")
			.matcher(html)
			.results()
			.map((m) -> Long.parseLong(m.group(1)))
			.toList();
		java.util.List<Long> own = this.fixtures.jdbc()
			.sql("select a.id from assignment a join agency g on g.id = a.agency_id where g.code = 'XA-TRUNG-GIA'")
			.query(Long.class)
			.list();
		assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(own);
		assertThat(pages).allSatisfy((page) -> assertThat(page).contains("id=\"my-count\">" + expected + " nhiệm vụ<"));
		java.util.List<LocalDate> dates = java.util.regex.Pattern
			.compile("class=\"text-nowrap-date\">(\\d\\d/\\d\\d/\\d{4})<")
			.matcher(html)
			.results()
			.map((m) -> LocalDate.parse(m.group(1), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
			.toList();
		assertThat(dates).isSorted().hasSize((int) expected);
		this.mvc.perform(get("/my/assignments").param("status", "COMPLETED").with(this.fixtures.as(officer)))
			.andExpect(content().string(containsString("Không có nhiệm vụ nào phù hợp")))
			.andExpect(content().string(containsString("value=\"COMPLETED\" selected=\"selected\"")));
	}

	private long assignmentIn(AssignmentStatus status, PlanUser officer) throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		switch (status) {
			case NOT_STARTED -> {
			}
			case IN_PROGRESS -> report(officer, id, AssignmentStatus.IN_PROGRESS, 30, "Đang làm");
			case SUBMITTED -> {
				report(officer, id, AssignmentStatus.IN_PROGRESS, 30, "Đang làm");
				report(officer, id, AssignmentStatus.SUBMITTED, 100, "Đã xong");
			}
			case RETURNED -> {
				assignmentInto(id, officer);
				review("return", id, "Bổ sung số liệu");
			}
			case COMPLETED -> {
				assignmentInto(id, officer);
				review("accept", id, "");
			}
		}
		assertThat(this.fixtures.assignmentRow(id).get("status")).isEqualTo(status.name());
		return id;
	}

	private void assignmentInto(long id, PlanUser officer) throws Exception {
		report(officer, id, AssignmentStatus.IN_PROGRESS, 30, "Đang làm");
		report(officer, id, AssignmentStatus.SUBMITTED, 100, "Đã xong");
	}

	private ResultActions report(PlanUser user, long id, AssignmentStatus target, int percent, String note)
			throws Exception {
		return reportAt(user, id, this.fixtures.version(id), target, percent, note);
	}

	private ResultActions reportAt(PlanUser user, long id, long version, AssignmentStatus target, int percent,
			String note) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/assignments/{id}/progress", id);
		return this.mvc.perform(request.param("version", "" + version)
			.param("status", target.name())
			.param("percent", "" + percent)
			.param("note", note)
			.with(csrf())
			.with(this.fixtures.as(user)));
	}

	private ResultActions review(String decision, long id, String note) throws Exception {
		return this.mvc
			.perform(post("/assignments/" + id + "/" + decision).param("version", "" + this.fixtures.version(id))
				.param("note", note)
				.with(csrf())
				.with(this.fixtures.as(this.fixtures.user("coordinator"))));
	}

}
