package vn.hanoi.plantracker.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The People's Committee leadership reads the plan, switches to English, and finds
 * nothing that changes data.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeaderJourneyBrowserTests {

	@LocalServerPort
	int port;

	private Browser leader;

	@BeforeAll
	void openBrowser() {
		this.leader = new Browser("http://localhost:" + this.port);
	}

	@AfterAll
	void closeBrowser() {
		if (this.leader != null) {
			this.leader.close();
		}
	}

	@Test
	@Order(1)
	void leaderSignsInAndLandsOnTheSummaryWithTheAttentionList() {
		LoginPage.open(this.leader).signIn("leader", "demo-plan-133");
		assertThat(this.leader.path()).isEqualTo("/reports/summary");
		SummaryPage summary = new SummaryPage(this.leader);
		assertThat(summary.heading()).isEqualTo("Báo cáo tổng hợp cho lãnh đạo");
		assertThat(summary.asOfLine()).contains("133/KH-UBND");
		assertThat(summary.attentionList()).contains("Nhiệm vụ cần lãnh đạo chỉ đạo");
		assertThat(summary.drawsCharts()).isTrue();
		this.leader.checkPage("20-leader-summary", "vi");
		this.leader.phoneScreenshot("20-leader-summary");
	}

	@Test
	@Order(2)
	void leaderSwitchesToEnglishAndChangesTheAsOfDate() {
		this.leader.openUserMenu();
		this.leader.click("a[lang=en]");
		SummaryPage summary = new SummaryPage(this.leader);
		assertThat(summary.heading()).isEqualTo("Leadership summary");
		this.leader.checkPage("21-leader-summary-english", "en");
		summary.asOf("2025-12-31");
		assertThat(this.leader.driver().getCurrentUrl()).contains("asOf=2025-12-31");
		assertThat(summary.asOfLine()).contains("31/12/2025");
		assertThat(summary.showsAttentionList()).as("escalation is shown for today only").isFalse();
		this.leader.checkPage("22-leader-summary-as-of", "en");
	}

	@Test
	@Order(3)
	void leaderDownloadsTheExcelPdfAndWordExports() throws Exception {
		java.util.Map<String, String> expected = java.util.Map.of("summary.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "summary.pdf", "application/pdf",
				"plan-annex.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		java.util.List<String> links = new SummaryPage(this.leader).exportLinks()
			.stream()
			.filter((href) -> expected.keySet().stream().anyMatch(href::contains))
			.toList();
		assertThat(links).hasSize(3).allSatisfy((href) -> assertThat(href).contains("asOf=2025-12-31"));
		for (String href : links) {
			java.net.http.HttpResponse<byte[]> file = this.leader.download(href);
			String name = expected.keySet().stream().filter(href::contains).findFirst().orElseThrow();
			assertThat(file.statusCode()).as(name).isEqualTo(200);
			assertThat(file.headers().firstValue("Content-Type")).as(name)
				.hasValueSatisfying((type) -> assertThat(type).startsWith(expected.get(name)));
			assertThat(file.body()).as(name).hasSizeGreaterThan(1000);
			assertThat(new String(file.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).as(name)
				.isIn("%PDF", "PK\u0003\u0004");
		}
	}

	@Test
	@Order(4)
	void leaderReadsThePlanAndTaskPagesInEnglish() {
		this.leader.open("/plans");
		this.leader.click("a.list-group-item");
		assertThat(this.leader.text("h1")).isEqualTo("Plan No. 133/KH-UBND of 14/05/2025");
		assertThat(this.leader.findAll("table.table-plan tbody tr")).hasSizeGreaterThanOrEqualTo(15);
		assertThat(this.leader.text("body")).contains("Lead agency").contains("Hanoi City Police");
		this.leader.checkPage("23-leader-plan-english", "en");
		this.leader.click("table.table-plan tbody tr a");
		assertThat(this.leader.text("body")).contains("Expected output").contains("Assignments");
		this.leader.checkPage("24-leader-task-english", "en");
	}

	@Test
	@Order(5)
	void leaderFindsNoButtonThatChangesData() {
		for (String page : new String[] { "/reports/summary", "/reports/departments", "/coordinator/overdue",
				"/coordinator/attention", "/assignments/1" }) {
			this.leader.open(page);
			assertThat(this.leader.findAll("form[method=post]:not([action='/logout'])")).as(page).isEmpty();
		}
		this.leader.open("/tasks/1");
		assertThat(this.leader.findAll("form[method=post]:not([action='/logout'])")).isEmpty();
		this.leader.open("/plans");
		assertThat(this.leader.findAll("form[method=post]:not([action='/logout'])")).isEmpty();
	}

}
