package vn.hanoi.plantracker.e2e;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

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
		this.evidence = ("%PDF-1.4\n% Báo cáo kết quả tập huấn\ntrailer << >>\n%%EOF\n").getBytes();
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
		assertThat(page.state()).contains("Đã gửi duyệt").contains("100%");
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
	void coordinatorReturnsTheSubmissionWithAReason() {
		LoginPage.open(this.coordinator).signIn("coordinator", PASSWORD);
		this.coordinator.open("/assignments/" + this.assignmentId);
		AssignmentPage page = new AssignmentPage(this.coordinator);
		assertThat(page.hasReviewForms()).isTrue();
		this.coordinator.checkPage("05-coordinator-review", "vi");
		page = page.returnWith("Đề nghị bổ sung danh sách học viên và kết quả đánh giá sau tập huấn");
		assertThat(page.state()).contains("Bị trả lại");
		this.coordinator.checkPage("06-coordinator-returned", "vi");
	}

	@Test
	@Order(6)
	void officerSeesTheReasonAndResubmits() {
		this.officer.open("/assignments/" + this.assignmentId);
		AssignmentPage page = new AssignmentPage(this.officer);
		assertThat(page.returnReason()).contains("Đề nghị bổ sung danh sách học viên");
		this.officer.checkPage("07-officer-sees-return", "vi");
		page = page.recordProgress("IN_PROGRESS", 100, "Đã bổ sung danh sách học viên", null, null);
		page = page.recordProgress("SUBMITTED", 100, "Đã bổ sung danh sách 360 học viên và phiếu đánh giá", null, null);
		assertThat(page.state()).contains("Đã gửi duyệt");
	}

	@Test
	@Order(7)
	void coordinatorAcceptsAndTheAssignmentIsCompleted() {
		this.coordinator.open("/assignments/" + this.assignmentId);
		AssignmentPage page = new AssignmentPage(this.coordinator).accept();
		assertThat(page.state()).contains("Đã hoàn thành");
		this.coordinator.checkPage("08-coordinator-accepted", "vi");
		this.officer.open("/assignments/" + this.assignmentId);
		assertThat(new AssignmentPage(this.officer).state()).contains("Đã hoàn thành");
		assertThat(new AssignmentPage(this.officer).hasProgressForm()).isFalse();
	}

	@Test
	@Order(8)
	void officerTypingAnotherAgencysAssignmentUrlSeesTheForbiddenPageInItsLanguage() {
		long other = this.jdbc.sql("""
				select min(a.id) from assignment a join agency g on g.id = a.agency_id where g.code = 'STP'""")
			.query(Long.class)
			.single();
		this.officer.open("/assignments/" + other);
		assertThat(this.officer.text("#error-page h1")).isEqualTo("Không có quyền truy cập");
		this.officer.checkPage("09-officer-forbidden", "vi");
	}

	@Test
	@Order(9)
	void afterSigningOutTheBackButtonShowsNoPrivateData() {
		this.officer.open("/my/assignments");
		new LoginPage(this.officer).signOut();
		assertThat(this.officer.path()).isEqualTo("/login");
		this.officer.driver().navigate().back();
		assertThat(this.officer.path()).isEqualTo("/login");
		assertThat(this.officer.driver().getPageSource()).doesNotContain("my-assignments");
		this.officer.checkPage("10-signed-out-back", "vi");
	}

}
