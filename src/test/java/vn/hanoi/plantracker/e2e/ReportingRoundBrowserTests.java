package vn.hanoi.plantracker.e2e;

import java.io.ByteArrayInputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporting round end to end: the coordinator opens it, the Department of Health's
 * officer fills in and submits its report, the coordinator returns it with a reason and
 * then accepts the corrected one, generates the city's consolidated report and downloads
 * it; leadership approves it.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingRoundBrowserTests {

	@LocalServerPort
	int port;

	private Browser coordinator;

	private Browser officer;

	private Browser leader;

	private String round;

	private String report;

	@BeforeAll
	void signIn() {
		String base = "http://localhost:" + this.port;
		this.coordinator = new Browser(base);
		this.officer = new Browser(base);
		LoginPage.open(this.coordinator).signIn("coordinator", "demo-plan-133");
		LoginPage.open(this.officer).signIn("officer.health", "demo-plan-133");
	}

	@AfterAll
	void close() {
		for (Browser browser : new Browser[] { this.coordinator, this.officer, this.leader }) {
			if (browser != null) {
				browser.close();
			}
		}
	}

	@Test
	@Order(1)
	void coordinatorOpensAnAnnualRound() {
		this.coordinator.open("/rounds");
		assertThat(this.coordinator.text("h1")).isEqualTo("Kỳ báo cáo định kỳ");
		assertThat(this.coordinator.text("#rounds")).contains("Báo cáo năm 2025", "Báo cáo 6 tháng đầu năm 2026");
		this.coordinator.checkPage("60-rounds-list", "vi");
		this.coordinator.click("#open-round");
		new Select(this.coordinator.find("#kind")).selectByValue("YEAR");
		WebElement year = this.coordinator.find("#year");
		year.clear();
		year.sendKeys("2046");
		this.coordinator.checkPage("61-round-open", "vi");
		this.coordinator.click("#open-round-form button[type=submit]");
		assertThat(this.coordinator.text("h1")).isEqualTo("Báo cáo năm 2046");
		assertThat(this.coordinator.text("#round-dates")).contains("15/12/2046");
		this.round = this.coordinator.path().replace("/rounds/", "");
		assertThat(this.coordinator.text("#round-agencies")).contains("Sở Y tế");
		this.coordinator.checkPage("62-round-dashboard", "vi");
		this.coordinator.phoneScreenshot("62-round-dashboard");
		// the agencies come 20 to a page, the invited bodies after the required ones
		this.coordinator.open("/rounds/" + this.round + "?page=1000");
		assertThat(this.coordinator.text("#round-agencies")).contains("Viện kiểm sát nhân dân Thành phố");
		assertThat(this.coordinator.findAll("#round-agencies tr.round-agency")).hasSizeLessThanOrEqualTo(20);
	}

	@Test
	@Order(2)
	void officerFillsInAndSubmitsTheReport() {
		this.officer.open("/rounds");
		this.officer.click("#round-" + this.round + " a");
		this.report = this.officer.path();
		assertThat(this.report).startsWith("/rounds/" + this.round + "/reports/");
		assertThat(this.officer.text("h1")).isEqualTo("Báo cáo của Sở Y tế");
		assertThat(this.officer.findAll("#report-lines .report-line")).isNotEmpty();
		type("#results", "Tổ chức 03 hội nghị tập huấn cho 420 lượt cán bộ.");
		type("#difficulties", "Chưa có hướng dẫn định mức hỗ trợ nạn nhân.");
		type("#line-result-0", "Đã ban hành quy chế phối hợp.");
		this.officer.click("#save-draft");
		assertThat(this.officer.text("#report-status")).isEqualTo("Đang soạn");
		assertThat(this.officer.find("#line-result-0").getAttribute("value"))
			.isEqualTo("Đã ban hành quy chế phối hợp.");
		this.officer.checkPage("63-officer-report-draft", "vi");
		this.officer.phoneScreenshot("63-officer-report-draft");
		int lines = this.officer.findAll("#report-lines .report-line").size();
		assertThat(lines).as("more task lines than the one filled in").isGreaterThan(1);
		this.officer.click("#submit-report");
		// the other lines are empty: the confirmation step says how many, and only its
		// button sends
		assertThat(this.officer.path()).isEqualTo(this.report + "/submit");
		assertThat(this.officer.text("#consequences")).contains((lines - 1) + "/" + lines + " dòng nhiệm vụ");
		this.officer.checkPage("63-officer-report-empty-lines", "vi");
		this.officer.click("#confirm-action");
		assertThat(this.officer.text("#report-status")).isEqualTo("Đã gửi, chờ xem xét");
		assertThat(this.officer.findAll("#report-form")).isEmpty();
		assertThat(this.officer.text("#report-history")).contains("lưu nháp", "gửi báo cáo");
		this.officer.checkPage("64-officer-report-submitted", "vi");
	}

	@Test
	@Order(3)
	void coordinatorReturnsItWithAReasonAndTheOfficerSubmitsAgain() {
		this.coordinator.open(this.report);
		assertThat(this.coordinator.text("#report-read")).contains("420 lượt cán bộ");
		this.coordinator.checkPage("65-coordinator-review", "vi");
		this.coordinator.click("#return-report");
		assertThat(this.coordinator.text(".alert-danger")).contains("lý do");
		this.coordinator.find("#reason").sendKeys("Bổ sung số liệu nạn nhân được hỗ trợ.");
		this.coordinator.click("#return-report");
		assertThat(this.coordinator.text("#report-status")).isEqualTo("Bị trả lại");

		this.officer.open(this.report);
		assertThat(this.officer.text("#report-history")).contains("Bổ sung số liệu nạn nhân được hỗ trợ.");
		type("#results", "Tổ chức 03 hội nghị tập huấn cho 420 lượt cán bộ; hỗ trợ 12 nạn nhân.");
		this.officer.click("#submit-report");
		this.officer.click("#confirm-action");
		assertThat(this.officer.text("#report-status")).isEqualTo("Đã gửi, chờ xem xét");

		this.coordinator.open(this.report);
		this.coordinator.click("#accept-report");
		assertThat(this.coordinator.text("#report-status")).isEqualTo("Đã công nhận");
		this.coordinator.open("/rounds/" + this.round);
		assertThat(this.coordinator.text("#count-on-time")).isEqualTo("1");
	}

	@Test
	@Order(4)
	void coordinatorGeneratesTheConsolidatedReportAndDownloadsIt() throws Exception {
		this.coordinator.click("#consolidated-link");
		this.coordinator.click("#generate");
		assertThat(this.coordinator.find("#results").getAttribute("value"))
			.contains("- Sở Y tế: Tổ chức 03 hội nghị tập huấn cho 420 lượt cán bộ; hỗ trợ 12 nạn nhân.");
		type(this.coordinator, "#proposals", "Đề nghị bố trí kinh phí tập huấn năm 2047.");
		this.coordinator.click("#save-consolidated");
		assertThat(this.coordinator.find("#proposals").getAttribute("value"))
			.isEqualTo("Đề nghị bố trí kinh phí tập huấn năm 2047.");
		this.coordinator.checkPage("66-consolidated-draft", "vi");
		var file = this.coordinator.download(this.coordinator.find("#consolidated-docx").getAttribute("href"));
		assertThat(file.statusCode()).isEqualTo(200);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.body()));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("DỰ THẢO", "Báo cáo năm 2046", "- Sở Y tế: Tổ chức 03 hội nghị",
					"Đề nghị bố trí kinh phí tập huấn năm 2047.", "PHỤ LỤC");
		}
	}

	@Test
	@Order(5)
	void leaderApprovesTheConsolidatedReport() {
		this.leader = new Browser("http://localhost:" + this.port);
		LoginPage.open(this.leader).signIn("leader", "demo-plan-133");
		this.leader.open("/rounds");
		this.leader.click("#round-" + this.round + " a");
		this.leader.click("#consolidated-link");
		assertThat(this.leader.findAll("#consolidated-form")).as("leadership does not edit the text").isEmpty();
		assertThat(this.leader.text("#consolidated-read")).contains("Đề nghị bố trí kinh phí tập huấn năm 2047.");
		// approval cannot be undone: its own page says on how many agency reports the
		// text
		// rests, and only its button approves
		this.leader.click("#approve");
		assertThat(this.leader.text("h1")).isEqualTo("Phê duyệt báo cáo tổng hợp của Thành phố?");
		assertThat(this.leader.text("#consequences")).contains("1/", "cơ quan phải báo cáo đã được công nhận báo cáo",
				"không thể chỉnh sửa");
		this.leader.checkPage("67-consolidated-approve-confirm", "vi");
		this.leader.click("#confirm-action");
		assertThat(this.leader.text("#approved")).startsWith("Đã phê duyệt:");
		assertThat(this.leader.findAll("#approve")).isEmpty();
		this.leader.checkPage("67-consolidated-approved", "vi");
		this.leader.phoneScreenshot("67-consolidated-approved");
	}

	private void type(String css, String text) {
		type(this.officer, css, text);
	}

	private static void type(Browser browser, String css, String text) {
		WebElement field = browser.find(css);
		field.clear();
		field.sendKeys(text);
	}

}
