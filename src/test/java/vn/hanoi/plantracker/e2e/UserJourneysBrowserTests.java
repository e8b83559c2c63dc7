package vn.hanoi.plantracker.e2e;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user journeys in a real browser, step by step: the officer reports and submits with
 * evidence, the coordinator returns and then accepts it, and an officer cannot see
 * another agency's work.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UserJourneysBrowserTests {

	private static final String PASSWORD = "demo-plan-133";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Browser officer;

	private Browser coordinator;

	private long assignmentId;

	private byte[] evidence;

	@BeforeAll
	void openBrowsers() throws Exception {
		this.officer = new Browser("http://localhost:" + this.port);
		this.coordinator = new Browser("http://localhost:" + this.port);
		// an assignment of the Department of Health that nobody has touched yet
		this.assignmentId = this.jdbc.sql("""
				select a.id from assignment a join agency g on g.id = a.agency_id
				where g.code = 'SYT' and a.status = 'NOT_STARTED'
				  and not exists (select 1 from progress_update u where u.assignment_id = a.id)
				order by a.due_date desc limit 1""").query(Long.class).single();
		// a real PDF: uploads are read by PDFBox
		this.evidence = vn.hanoi.plantracker.support.Files.pdf("Báo cáo kết quả tập huấn");
	}

	/**
	 * The department report's count for each metric, read from its section headings (a
	 * metric with no work has no section: 0).
	 */
	private Map<String, Long> departmentReportTotals(long agency) {
		// the report of the assignment's plan (Plan 133): the report opens on the newest
		// plan, and other tests make newer ones
		long plan = this.jdbc.sql("""
				select k.plan_id from assignment a join task t on t.id = a.task_id
				join key_area k on k.id = t.key_area_id where a.id = ?""")
			.param(this.assignmentId)
			.query(Long.class)
			.single();
		this.coordinator.open("/reports/departments/" + agency + "?plan=" + plan);
		Map<String, Long> totals = new java.util.HashMap<>();
		for (String metric : List.of("ON_TIME", "LATE", "DONE_EARLY", "AWAITING_REVIEW", "OVERDUE",
				"IN_PROGRESS_ON_TIME", "NOT_YET_DUE")) {
			List<org.openqa.selenium.WebElement> count = this.coordinator.findAll("#metric-" + metric + " span + span");
			totals.put(metric, count.isEmpty() ? 0L
					: Long.parseLong(count.get(0).getAttribute("textContent").replaceAll("\\D", "")));
		}
		return totals;
	}

	@AfterAll
	void closeBrowsers() {
		if (this.officer != null) {
			this.officer.close();
		}
		if (this.coordinator != null) {
			this.coordinator.close();
		}
	}

	@Test
	@Order(1)
	void officerSignsInAndLandsOnTheAgencysAssignmentsInVietnamese() {
		LoginPage.open(this.officer).signIn("officer.health", PASSWORD);
		MyAssignmentsPage mine = new MyAssignmentsPage(this.officer);
		assertThat(this.officer.path()).isEqualTo("/my/assignments");
		assertThat(mine.heading()).isEqualTo("Nhiệm vụ của tôi");
		this.officer.openUserMenu();
		assertThat(this.officer.text("#current-user")).contains("Sở Y tế");
		assertThat(mine.rows()).isNotEmpty();
		this.officer.checkPage("01-officer-my-assignments", "vi");
	}

	@Test
	@Order(2)
	void officerRecordsProgressWithANoteAndAPdf() throws Exception {
		AssignmentPage page = new MyAssignmentsPage(this.officer).open(this.assignmentId);
		assertThat(page.state()).contains("Chưa thực hiện");
		this.officer.checkPage("02-officer-assignment", "vi");
		this.officer.phoneScreenshot("02-officer-assignment");
		Path pdf = Files.createTempFile("bao-cao-tap-huan", ".pdf");
		Files.write(pdf, this.evidence);
		page = page.recordProgress("IN_PROGRESS", 60, "Đã tổ chức 2 lớp tập huấn cho 180 cán bộ y tế cơ sở",
				"Báo cáo số 215/BC-SYT ngày 12/09/2025", pdf);
		assertThat(page.flash()).isEqualTo("Đã lưu cập nhật của bạn.");
		assertThat(page.state()).contains("Đang thực hiện").contains("60%");
		assertThat(page.latestHistoryEntry()).contains("Cập nhật tiến độ")
			.contains("Đã tổ chức 2 lớp tập huấn")
			.contains("bao-cao-tap-huan");
		this.officer.checkPage("03-officer-progress-saved", "vi");
	}

	@Test
	@Order(3)
	void officerSubmitsForReviewAndSeesTheNewStatusAndHistory() {
		AssignmentPage page = new AssignmentPage(this.officer).recordProgress("SUBMITTED", 100,
				"Hoàn thành: 4 lớp tập huấn, 360 lượt cán bộ; tài liệu đính kèm", null, null);
		assertThat(page.state()).contains("Chờ duyệt").contains("100%");
		assertThat(page.latestHistoryEntry()).contains("Gửi duyệt");
		assertThat(page.hasProgressForm()).isFalse();
		this.officer.checkPage("04-officer-submitted", "vi");
	}

	@Test
	@Order(4)
	void officerDownloadsTheEvidenceBackWithTheSameBytes() throws Exception {
		AssignmentPage page = new AssignmentPage(this.officer);
		assertThat(page.evidenceLinks()).hasSize(1);
		HttpResponse<byte[]> download = this.officer.download(page.evidenceLinks().get(0));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("attachment"));
		assertThat(download.body()).isEqualTo(this.evidence);
	}

	@Test
	@Order(5)
	void coordinatorSeesTheSubmissionInTheReviewQueueAndReturnsItWithAReason() {
		LoginPage.open(this.coordinator).signIn("coordinator", PASSWORD);
		assertThat(this.coordinator.path()).isEqualTo("/coordinator/overdue");
		ReviewQueuePage queue = ReviewQueuePage.open(this.coordinator, health());
		// the evidence was attached on an earlier save, not on the submission: the queue
		// shows it all the same
		assertThat(queue.submission(this.assignmentId)).contains("Hoàn thành: 4 lớp tập huấn")
			.contains("Sở Y tế")
			.contains("bao-cao-tap-huan")
			.contains("PDF");
		this.coordinator.checkPage("05-coordinator-review-queue", "vi");
		queue.returnWith(this.assignmentId, "Đề nghị bổ sung danh sách học viên và kết quả đánh giá sau tập huấn");
		assertThat(this.coordinator.path()).isEqualTo("/coordinator/review");
		assertThat(queue.lists(this.assignmentId)).isFalse();
		this.coordinator.checkPage("06-coordinator-returned", "vi");
	}

	@Test
	@Order(6)
	void officerSeesTheReasonAndANotificationAndResubmits() {
		NotificationsPage notifications = NotificationsPage.open(this.officer)
			.waitFor("Đề nghị bổ sung danh sách học viên");
		assertThat(notifications.bell()).isNotBlank();
		this.officer.checkPage("07-officer-notifications", "vi");
		this.officer.open("/assignments/" + this.assignmentId);
		AssignmentPage page = new AssignmentPage(this.officer);
		assertThat(page.returnReason()).contains("Đề nghị bổ sung danh sách học viên");
		this.officer.checkPage("08-officer-sees-return", "vi");
		// from "returned" straight to "submitted": one step, and the page says who
		// reviews it
		page = page.submitForReview("Đã bổ sung danh sách 360 học viên và phiếu đánh giá");
		assertThat(page.flash()).contains("Đã gửi duyệt").contains("Công an thành phố Hà Nội");
		assertThat(page.state()).contains("Chờ duyệt");
	}

	@Test
	@Order(7)
	void coordinatorAcceptsAndTheDashboardAndDepartmentReportCountItAsCompleted() {
		long health = this.jdbc.sql("select id from agency where code = 'SYT'").query(Long.class).single();
		Map<String, Long> before = departmentReportTotals(health);
		ReviewQueuePage queue = ReviewQueuePage.open(this.coordinator, health()).accept(this.assignmentId);
		assertThat(queue.lists(this.assignmentId)).isFalse();
		this.officer.open("/assignments/" + this.assignmentId);
		assertThat(new AssignmentPage(this.officer).state()).contains("Đã hoàn thành");
		assertThat(new AssignmentPage(this.officer).hasProgressForm()).isFalse();
		assertThat(OverdueDashboardPage.openFor(this.coordinator, health).lists(this.assignmentId)).isFalse();
		this.coordinator.checkPage("09-coordinator-dashboard", "vi");
		this.coordinator.phoneScreenshot("09-coordinator-dashboard");
		// the report counts each assignment under one metric; accepted work is on time,
		// late or done early (before its due date), and never awaiting review or overdue.
		// Each section lists only its first rows (soonest due first), and the demo's
		// Health department has more completed work than that: the section counts show
		// the move, and the row is in the report's table or beyond its first rows
		Map<String, Long> after = departmentReportTotals(health);
		assertThat(after.get("ON_TIME") + after.get("LATE") + after.get("DONE_EARLY"))
			.isEqualTo(before.get("ON_TIME") + before.get("LATE") + before.get("DONE_EARLY") + 1);
		// sent for review, it was open work (awaiting review once due, in progress on
		// time before): one less of those
		assertThat(after.get("AWAITING_REVIEW") + after.get("OVERDUE") + after.get("IN_PROGRESS_ON_TIME")
				+ after.get("NOT_YET_DUE"))
			.isEqualTo(before.get("AWAITING_REVIEW") + before.get("OVERDUE") + before.get("IN_PROGRESS_ON_TIME")
					+ before.get("NOT_YET_DUE") - 1);
		String link = " a[href='/assignments/" + this.assignmentId + "']";
		assertThat(this.coordinator.findAll("#table-AWAITING_REVIEW" + link + ", #table-OVERDUE" + link
				+ ", #table-IN_PROGRESS_ON_TIME" + link + ", #table-NOT_YET_DUE" + link))
			.isEmpty();
		this.coordinator.checkPage("10-coordinator-department-report", "vi");
	}

	@Test
	@Order(8)
	void coordinatorSendsAReminderFromTheDashboardAndTheAgencysOfficerSeesIt() {
		long justice = this.jdbc.sql("select id from agency where code = 'STP'").query(Long.class).single();
		OverdueDashboardPage.openFor(this.coordinator, justice)
			.remind(justice, "Đề nghị Sở Tư pháp báo cáo trước ngày 05/12");
		this.coordinator.checkPage("11-coordinator-reminder-sent", "vi");
		try (Browser justiceOfficer = new Browser(this.officer.baseUrl())) {
			LoginPage.open(justiceOfficer).signIn("officer.justice", PASSWORD);
			NotificationsPage.open(justiceOfficer).waitFor("Đề nghị Sở Tư pháp báo cáo trước ngày 05/12");
			justiceOfficer.checkPage("12-justice-officer-reminder", "vi");
		}
		assertThat(NotificationsPage.open(this.officer).shows("Đề nghị Sở Tư pháp báo cáo trước ngày 05/12"))
			.as("the reminder went to the Department of Justice only")
			.isFalse();
	}

	@Test
	@Order(9)
	void officerTypingAnotherAgencysAssignmentUrlSeesTheNotFoundPageInItsLanguage() {
		long other = this.jdbc.sql("""
				select min(a.id) from assignment a join agency g on g.id = a.agency_id where g.code = 'STP'""")
			.query(Long.class)
			.single();
		// another agency's assignment answers like one that does not exist (issue 11,
		// point 9)
		this.officer.open("/assignments/" + other);
		assertThat(this.officer.text("#error-page h1")).isEqualTo("Không tìm thấy");
		this.officer.checkPage("13-officer-not-found", "vi");
	}

	@Test
	@Order(10)
	void afterSigningOutTheBackButtonShowsNoPrivateData() {
		this.officer.open("/my/assignments");
		new LoginPage(this.officer).signOut();
		assertThat(this.officer.path()).isEqualTo("/login");
		this.officer.driver().navigate().back();
		assertThat(this.officer.path()).isEqualTo("/login");
		assertThat(this.officer.driver().getPageSource()).doesNotContain("my-assignments");
		this.officer.checkPage("14-signed-out-back", "vi");
	}

	private long health() {
		return this.jdbc.sql("select id from agency where code = 'SYT'").query(Long.class).single();
	}

}
