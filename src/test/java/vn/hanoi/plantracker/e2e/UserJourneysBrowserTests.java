package vn.hanoi.plantracker.e2e;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.hanoi.plantracker.assignment.AssignmentService;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.assignment.CheckedUpload;
import vn.hanoi.plantracker.assignment.EvidenceRules;
import vn.hanoi.plantracker.assignment.ProgressCommand;
import vn.hanoi.plantracker.assignment.ReviewCommand;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user journeys in a real browser: the officer reports and submits with evidence, the
 * coordinator returns and then accepts it, and an officer cannot see another agency's
 * work. Each test works on a new assignment of the Department of Health of its own (in
 * the fixtures' plan), brought through the application's own services to the step the
 * test starts from, and signs in in browsers of its own: none depends on another having
 * run, or on the demo's rows.
 */
@BrowserTest
class UserJourneysBrowserTests {

	private static final String PASSWORD = "demo-plan-133";

	private static final String RETURN_REASON = "Đề nghị bổ sung danh sách học viên và kết quả đánh giá sau tập huấn";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AssignmentService work;

	@Autowired
	EvidenceRules evidenceRules;

	/** This test's browsers, each signed in: every test opens its own. */
	private final List<Browser> browsers = new ArrayList<>();

	private long assignmentId;

	private byte[] evidence;

	@BeforeEach
	void anAssignmentOfItsOwn() {
		// a new assignment of the Department of Health that nobody has touched
		this.assignmentId = this.fixtures.newAssignment("SYT");
		// a real PDF: uploads are read by PDFBox
		this.evidence = vn.hanoi.plantracker.support.Files.pdf("Báo cáo kết quả tập huấn");
	}

	@AfterEach
	void closeBrowsers() {
		this.browsers.forEach(Browser::close);
		this.browsers.clear();
		SecurityContextHolder.clearContext();
	}

	private Browser signedIn(String username) {
		Browser browser = new Browser("http://localhost:" + this.port);
		this.browsers.add(browser);
		LoginPage.open(browser).signIn(username, PASSWORD);
		return browser;
	}

	/**
	 * The officer's first report, as the progress step makes it: in progress at 60 %,
	 * with the training report attached.
	 */
	private void inProgressWithEvidence() {
		List<CheckedUpload> files = new ArrayList<>();
		assertThat(this.evidenceRules.check(
				List.of(new MockMultipartFile("files", "bao-cao-tap-huan.pdf", "application/pdf", this.evidence)),
				files))
			.isEmpty();
		report(AssignmentStatus.IN_PROGRESS, 60, "Đã tổ chức 2 lớp tập huấn cho 180 cán bộ y tế cơ sở",
				"Báo cáo số 215/BC-SYT ngày 12/09/2025", files);
	}

	/** Then sent for review, as the submission step does. */
	private void submitted() {
		inProgressWithEvidence();
		report(AssignmentStatus.SUBMITTED, 100, "Hoàn thành: 4 lớp tập huấn, 360 lượt cán bộ; tài liệu đính kèm", null,
				List.of());
	}

	/** Then returned by the coordinator with a reason. */
	private void returned() {
		submitted();
		PlanUser coordinator = this.fixtures.signIn("coordinator");
		this.work.returnForRevision(coordinator, this.assignmentId,
				new ReviewCommand(this.fixtures.version(this.assignmentId), RETURN_REASON));
	}

	/** Then sent again, corrected. */
	private void resubmitted() {
		returned();
		report(AssignmentStatus.SUBMITTED, 100, "Đã bổ sung danh sách 360 học viên và phiếu đánh giá", null, List.of());
	}

	private void report(AssignmentStatus target, int percent, String note, String documentRef,
			List<CheckedUpload> files) {
		PlanUser officer = this.fixtures.signIn("officer.health");
		this.work.recordProgress(officer, this.assignmentId, new ProgressCommand(
				this.fixtures.version(this.assignmentId), target, percent, note, documentRef, null, null, files));
	}

	/**
	 * The department report's count for each metric, read from its section headings (a
	 * metric with no work has no section: 0).
	 */
	private Map<String, Long> departmentReportTotals(Browser coordinator, long agency) {
		// the report of the assignment's plan (the fixtures'): the report opens on the
		// newest plan, and other tests make newer ones
		long plan = this.jdbc.sql("""
				select k.plan_id from assignment a join task t on t.id = a.task_id
				join key_area k on k.id = t.key_area_id where a.id = ?""")
			.param(this.assignmentId)
			.query(Long.class)
			.single();
		coordinator.open("/reports/departments/" + agency + "?plan=" + plan);
		Map<String, Long> totals = new java.util.HashMap<>();
		for (String metric : List.of("ON_TIME", "LATE", "DONE_EARLY", "AWAITING_REVIEW", "OVERDUE",
				"IN_PROGRESS_ON_TIME", "NOT_YET_DUE")) {
			List<org.openqa.selenium.WebElement> count = coordinator.findAll("#metric-" + metric + " span + span");
			totals.put(metric, count.isEmpty() ? 0L
					: Long.parseLong(count.get(0).getAttribute("textContent").replaceAll("\\D", "")));
		}
		return totals;
	}

	@Test
	void officerSignsInAndLandsOnTheAgencysAssignmentsInVietnamese() {
		Browser officer = signedIn("officer.health");
		MyAssignmentsPage mine = new MyAssignmentsPage(officer);
		assertThat(officer.path()).isEqualTo("/my/assignments");
		assertThat(mine.heading()).isEqualTo("Nhiệm vụ của tôi");
		officer.openUserMenu();
		assertThat(officer.text("#current-user")).contains("Sở Y tế");
		assertThat(mine.rows()).isNotEmpty();
		officer.checkPage("01-officer-my-assignments", "vi");
	}

	@Test
	void officerRecordsProgressWithANoteAndAPdf() throws Exception {
		Browser officer = signedIn("officer.health");
		AssignmentPage page = new MyAssignmentsPage(officer).open(this.assignmentId);
		assertThat(page.state()).contains("Chưa thực hiện");
		officer.checkPage("02-officer-assignment", "vi");
		officer.phoneScreenshot("02-officer-assignment");
		Path pdf = Files.createTempFile("bao-cao-tap-huan", ".pdf");
		Files.write(pdf, this.evidence);
		page = page.recordProgress("IN_PROGRESS", 60, "Đã tổ chức 2 lớp tập huấn cho 180 cán bộ y tế cơ sở",
				"Báo cáo số 215/BC-SYT ngày 12/09/2025", pdf);
		Files.delete(pdf);
		assertThat(page.flash()).isEqualTo("Đã lưu cập nhật của bạn.");
		assertThat(page.state()).contains("Đang thực hiện").contains("60%");
		assertThat(page.latestHistoryEntry()).contains("Cập nhật tiến độ")
			.contains("Đã tổ chức 2 lớp tập huấn")
			.contains("bao-cao-tap-huan");
		officer.checkPage("03-officer-progress-saved", "vi");
	}

	@Test
	void officerSubmitsForReviewAndSeesTheNewStatusAndHistory() {
		inProgressWithEvidence();
		Browser officer = signedIn("officer.health");
		officer.open("/assignments/" + this.assignmentId);
		AssignmentPage page = new AssignmentPage(officer).recordProgress("SUBMITTED", 100,
				"Hoàn thành: 4 lớp tập huấn, 360 lượt cán bộ; tài liệu đính kèm", null, null);
		assertThat(page.state()).contains("Chờ duyệt").contains("100%");
		assertThat(page.latestHistoryEntry()).contains("Gửi duyệt");
		assertThat(page.hasProgressForm()).isFalse();
		officer.checkPage("04-officer-submitted", "vi");
	}

	@Test
	void officerDownloadsTheEvidenceBackWithTheSameBytes() throws Exception {
		submitted();
		Browser officer = signedIn("officer.health");
		officer.open("/assignments/" + this.assignmentId);
		AssignmentPage page = new AssignmentPage(officer);
		assertThat(page.evidenceLinks()).hasSize(1);
		HttpResponse<byte[]> download = officer.download(page.evidenceLinks().get(0));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("attachment"));
		assertThat(download.body()).isEqualTo(this.evidence);
	}

	@Test
	void coordinatorSeesTheSubmissionInTheReviewQueueAndReturnsItWithAReason() {
		submitted();
		Browser coordinator = signedIn("coordinator");
		assertThat(coordinator.path()).isEqualTo("/coordinator/overdue");
		ReviewQueuePage queue = ReviewQueuePage.open(coordinator, health());
		// the evidence was attached on an earlier save, not on the submission: the queue
		// shows it all the same
		assertThat(queue.submission(this.assignmentId)).contains("Hoàn thành: 4 lớp tập huấn")
			.contains("Sở Y tế")
			.contains("bao-cao-tap-huan")
			.contains("PDF");
		coordinator.checkPage("05-coordinator-review-queue", "vi");
		queue.returnWith(this.assignmentId, RETURN_REASON);
		assertThat(coordinator.path()).isEqualTo("/coordinator/review");
		assertThat(queue.lists(this.assignmentId)).isFalse();
		coordinator.checkPage("06-coordinator-returned", "vi");
	}

	@Test
	void officerSeesTheReasonAndANotificationAndResubmits() {
		returned();
		Browser officer = signedIn("officer.health");
		NotificationsPage notifications = NotificationsPage.open(officer).waitFor("Đề nghị bổ sung danh sách học viên");
		assertThat(notifications.bell()).isNotBlank();
		officer.checkPage("07-officer-notifications", "vi");
		officer.open("/assignments/" + this.assignmentId);
		AssignmentPage page = new AssignmentPage(officer);
		assertThat(page.returnReason()).contains("Đề nghị bổ sung danh sách học viên");
		officer.checkPage("08-officer-sees-return", "vi");
		// from "returned" straight to "submitted": one step, and the page says who
		// reviews it
		page = page.submitForReview("Đã bổ sung danh sách 360 học viên và phiếu đánh giá");
		assertThat(page.flash()).contains("Đã gửi duyệt").contains("Công an thành phố Hà Nội");
		assertThat(page.state()).contains("Chờ duyệt");
	}

	@Test
	void coordinatorAcceptsAndTheDashboardAndDepartmentReportCountItAsCompleted() {
		resubmitted();
		Browser coordinator = signedIn("coordinator");
		Browser officer = signedIn("officer.health");
		long health = health();
		Map<String, Long> before = departmentReportTotals(coordinator, health);
		ReviewQueuePage queue = ReviewQueuePage.open(coordinator, health).accept(this.assignmentId);
		assertThat(queue.lists(this.assignmentId)).isFalse();
		officer.open("/assignments/" + this.assignmentId);
		assertThat(new AssignmentPage(officer).state()).contains("Đã hoàn thành");
		assertThat(new AssignmentPage(officer).hasProgressForm()).isFalse();
		assertThat(OverdueDashboardPage.openFor(coordinator, health).lists(this.assignmentId)).isFalse();
		coordinator.checkPage("09-coordinator-dashboard", "vi");
		coordinator.phoneScreenshot("09-coordinator-dashboard");
		// the report counts each assignment under one metric; accepted work is on time,
		// late or done early (before its due date), and never awaiting review or overdue.
		// Each section lists only its first rows (soonest due first): the section counts
		// show the move, and the row is in the report's table or beyond its first rows
		Map<String, Long> after = departmentReportTotals(coordinator, health);
		assertThat(after.get("ON_TIME") + after.get("LATE") + after.get("DONE_EARLY"))
			.isEqualTo(before.get("ON_TIME") + before.get("LATE") + before.get("DONE_EARLY") + 1);
		// sent for review, it was open work (awaiting review once due, in progress on
		// time before): one less of those
		assertThat(after.get("AWAITING_REVIEW") + after.get("OVERDUE") + after.get("IN_PROGRESS_ON_TIME")
				+ after.get("NOT_YET_DUE"))
			.isEqualTo(before.get("AWAITING_REVIEW") + before.get("OVERDUE") + before.get("IN_PROGRESS_ON_TIME")
					+ before.get("NOT_YET_DUE") - 1);
		String link = " a[href='/assignments/" + this.assignmentId + "']";
		assertThat(coordinator.findAll("#table-AWAITING_REVIEW" + link + ", #table-OVERDUE" + link
				+ ", #table-IN_PROGRESS_ON_TIME" + link + ", #table-NOT_YET_DUE" + link))
			.isEmpty();
		coordinator.checkPage("10-coordinator-department-report", "vi");
	}

	@Test
	void coordinatorSendsAReminderFromTheDashboardAndTheAgencysOfficerSeesIt() {
		Browser coordinator = signedIn("coordinator");
		Browser officer = signedIn("officer.health");
		long justice = this.jdbc.sql("select id from agency where code = 'STP'").query(Long.class).single();
		OverdueDashboardPage.openFor(coordinator, justice)
			.remind(justice, "Đề nghị Sở Tư pháp báo cáo trước ngày 05/12");
		coordinator.checkPage("11-coordinator-reminder-sent", "vi");
		Browser justiceOfficer = signedIn("officer.justice");
		NotificationsPage.open(justiceOfficer).waitFor("Đề nghị Sở Tư pháp báo cáo trước ngày 05/12");
		justiceOfficer.checkPage("12-justice-officer-reminder", "vi");
		assertThat(NotificationsPage.open(officer).shows("Đề nghị Sở Tư pháp báo cáo trước ngày 05/12"))
			.as("the reminder went to the Department of Justice only")
			.isFalse();
	}

	@Test
	void officerTypingAnotherAgencysAssignmentUrlSeesTheNotFoundPageInItsLanguage() {
		// an assignment of the Department of Justice, made for this test
		long other = this.fixtures.newAssignment("STP");
		Browser officer = signedIn("officer.health");
		// another agency's assignment answers like one that does not exist (issue 11,
		// point 9)
		officer.open("/assignments/" + other);
		assertThat(officer.text("#error-page h1")).isEqualTo("Không tìm thấy");
		officer.checkPage("13-officer-not-found", "vi");
	}

	@Test
	void afterSigningOutTheBackButtonShowsNoPrivateData() {
		Browser officer = signedIn("officer.health");
		officer.open("/my/assignments");
		new LoginPage(officer).signOut();
		assertThat(officer.path()).isEqualTo("/login");
		officer.driver().navigate().back();
		assertThat(officer.path()).isEqualTo("/login");
		assertThat(officer.driver().getPageSource()).doesNotContain("my-assignments");
		officer.checkPage("14-signed-out-back", "vi");
	}

	private long health() {
		return this.jdbc.sql("select id from agency where code = 'SYT'").query(Long.class).single();
	}

}
