package vn.hanoi.plantracker.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hanoi.plantracker.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The People's Committee leadership reads the plan, switches to English, and finds
 * nothing that changes data. Each test signs in in a browser of its own and goes where it
 * starts: none depends on another having run.
 */
@BrowserTest
class LeaderJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	private Browser leader;

	@BeforeEach
	void signIn() {
		this.leader = new Browser("http://localhost:" + this.port);
		LoginPage.open(this.leader).signIn("leader", "demo-plan-133");
	}

	@AfterEach
	void closeBrowser() {
		if (this.leader != null) {
			this.leader.close();
		}
	}

	@Test
	void leaderSignsInAndLandsOnTheSummaryWithTheAttentionList() {
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
	void leaderSwitchesToEnglishAndChangesTheAsOfDate() {
		this.leader.open("/reports/summary");
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
	void leaderDownloadsTheExcelPdfAndWordExports() throws Exception {
		this.leader.open("/reports/summary?lang=en");
		new SummaryPage(this.leader).asOf("2025-12-31");
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
	void leaderReadsThePlanAndTaskPagesInEnglish() {
		this.leader.open("/plans?lang=en");
		this.leader.click("a.list-group-item");
		assertThat(this.leader.text("h1")).isEqualTo("Plan No. 133/KH-UBND of 14/05/2025");
		assertThat(this.leader.findAll("table.table-plan tbody tr")).hasSizeGreaterThanOrEqualTo(15);
		assertThat(this.leader.text("body")).contains("Lead agency").contains("Hanoi City Police");
		this.leader.checkPage("23-leader-plan-english", "en");
		this.leader.click("table.table-plan tbody tr a");
		assertThat(this.leader.text("body")).contains("Expected output").contains("Assignments");
		this.leader.checkPage("24-leader-task-english", "en");
	}

	/**
	 * The first task or assignment of Plan 133, by id: looked up, as the plan's ids are
	 * those of whichever way it entered the database (V2 or the shipped annex).
	 */
	private long plan133(String column) {
		return this.fixtures.jdbc()
			.sql("select min(" + column
					+ """
							) from assignment a join task t on t.id = a.task_id join key_area k on k.id = t.key_area_id
							join plan p on p.id = k.plan_id where p.number = '133/KH-UBND' and p.issued_on = date '2025-05-14'""")
			.query(Long.class)
			.single();
	}

	@Test
	void leaderFindsNoButtonThatChangesData() {
		for (String page : new String[] { "/reports/summary", "/reports/departments", "/coordinator/overdue",
				"/coordinator/attention", "/assignments/" + plan133("a.id") }) {
			this.leader.open(page);
			assertThat(this.leader.findAll("form[method=post]:not([action='/logout'])")).as(page).isEmpty();
		}
		this.leader.open("/tasks/" + plan133("t.id"));
		assertThat(this.leader.findAll("form[method=post]:not([action='/logout'])")).isEmpty();
		this.leader.open("/plans");
		assertThat(this.leader.findAll("form[method=post]:not([action='/logout'])")).isEmpty();
	}

}
