package vn.hanoi.plantracker.e2e;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.hanoi.plantracker.plan.PlanEditing;
import vn.hanoi.plantracker.plan.PlanHeaderCommand;
import vn.hanoi.plantracker.plan.Schedule;
import vn.hanoi.plantracker.plan.ScheduleKind;
import vn.hanoi.plantracker.plan.TaskCommand;
import vn.hanoi.plantracker.plan.TaskEditing;
import vn.hanoi.plantracker.round.AgencyReports;
import vn.hanoi.plantracker.round.ConsolidatedReport;
import vn.hanoi.plantracker.round.ConsolidatedReports;
import vn.hanoi.plantracker.round.ReportCommand;
import vn.hanoi.plantracker.round.RoundKind;
import vn.hanoi.plantracker.round.Rounds;
import vn.hanoi.plantracker.round.Sections;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporting round end to end: the coordinator opens it, the Department of Health's
 * officer fills in and submits its report, the coordinator returns it with a reason and
 * then accepts the corrected one, generates the city's consolidated report and downloads
 * it; leadership approves it. Each test signs in in browsers of its own and starts from a
 * round of its own: the opening opens Plan 133's year round of 2046 in the browser, every
 * other step a year round of 2046 of a small plan of its own (numbered 861 to
 * 869/KH-UBND, the Department of Health leading two of its tasks), brought through the
 * application's own services to where the step starts. None depends on another having
 * run.
 */
@BrowserTest
class ReportingRoundBrowserTests {

	private static final String PASSWORD = "demo-plan-133";

	private static final int YEAR = 2046;

	private static final String RESULTS = "Tổ chức 03 hội nghị tập huấn cho 420 lượt cán bộ.";

	private static final String CORRECTED = "Tổ chức 03 hội nghị tập huấn cho 420 lượt cán bộ; hỗ trợ 12 nạn nhân.";

	private static final String PROPOSALS = "Đề nghị bố trí kinh phí tập huấn năm 2047.";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PlanEditing plans;

	@Autowired
	TaskEditing tasks;

	@Autowired
	Rounds rounds;

	@Autowired
	AgencyReports reports;

	@Autowired
	ConsolidatedReports consolidated;

	/** This test's browsers, each signed in: every test opens its own. */
	private final List<Browser> browsers = new ArrayList<>();

	@AfterEach
	void closeBrowsers() {
		this.browsers.forEach(Browser::close);
		this.browsers.clear();
		SecurityContextHolder.clearContext();
	}

	@Test
	void coordinatorOpensAnAnnualRound() {
		Browser coordinator = signedIn("coordinator");
		coordinator.open("/rounds?plan=" + plan133());
		assertThat(coordinator.text("h1")).isEqualTo("Kỳ báo cáo định kỳ");
		assertThat(coordinator.text("#rounds")).contains("Báo cáo năm 2025", "Báo cáo 6 tháng đầu năm 2026");
		coordinator.checkPage("60-rounds-list", "vi");
		coordinator.click("#open-round");
		new Select(coordinator.find("#planId")).selectByValue(String.valueOf(plan133()));
		new Select(coordinator.find("#kind")).selectByValue("YEAR");
		WebElement year = coordinator.find("#year");
		year.clear();
		year.sendKeys(String.valueOf(YEAR));
		coordinator.checkPage("61-round-open", "vi");
		coordinator.click("#open-round-form button[type=submit]");
		assertThat(coordinator.text("h1")).isEqualTo("Báo cáo năm 2046");
		assertThat(coordinator.text("#round-dates")).contains("15/12/2046");
		String round = coordinator.path().replace("/rounds/", "");
		assertThat(coordinator.text("#round-agencies")).contains("Sở Y tế");
		coordinator.checkPage("62-round-dashboard", "vi");
		coordinator.phoneScreenshot("62-round-dashboard");
		// the agencies come 20 to a page, the invited bodies after the required ones
		coordinator.open("/rounds/" + round + "?page=1000");
		assertThat(coordinator.text("#round-agencies")).contains("Viện kiểm sát nhân dân Thành phố");
		assertThat(coordinator.findAll("#round-agencies tr.round-agency")).hasSizeLessThanOrEqualTo(20);
	}

	@Test
	void officerFillsInAndSubmitsTheReport() {
		Round round = aRoundOfItsOwn();
		Browser officer = signedIn("officer.health");
		officer.open("/rounds?plan=" + round.plan());
		officer.click("#round-" + round.id() + " a");
		String report = officer.path();
		assertThat(report).startsWith("/rounds/" + round.id() + "/reports/");
		assertThat(officer.text("h1")).isEqualTo("Báo cáo của Sở Y tế");
		assertThat(officer.findAll("#report-lines .report-line")).isNotEmpty();
		type(officer, "#results", RESULTS);
		type(officer, "#difficulties", "Chưa có hướng dẫn định mức hỗ trợ nạn nhân.");
		type(officer, "#line-result-0", "Đã ban hành quy chế phối hợp.");
		officer.click("#save-draft");
		assertThat(officer.text("#report-status")).isEqualTo("Đang soạn");
		assertThat(officer.find("#line-result-0").getAttribute("value")).isEqualTo("Đã ban hành quy chế phối hợp.");
		officer.checkPage("63-officer-report-draft", "vi");
		officer.phoneScreenshot("63-officer-report-draft");
		int lines = officer.findAll("#report-lines .report-line").size();
		assertThat(lines).as("more task lines than the one filled in").isGreaterThan(1);
		officer.click("#submit-report");
		// the other lines are empty: the confirmation step says how many, and only its
		// button sends
		assertThat(officer.path()).isEqualTo(report + "/submit");
		assertThat(officer.text("#consequences")).contains((lines - 1) + "/" + lines + " dòng nhiệm vụ");
		officer.checkPage("63-officer-report-empty-lines", "vi");
		officer.click("#confirm-action");
		assertThat(officer.text("#report-status")).isEqualTo("Đã gửi, chờ xem xét");
		assertThat(officer.findAll("#report-form")).isEmpty();
		assertThat(officer.text("#report-history")).contains("lưu nháp", "gửi báo cáo");
		officer.checkPage("64-officer-report-submitted", "vi");
	}

	@Test
	void coordinatorReturnsItWithAReasonAndTheOfficerSubmitsAgain() {
		Round round = aRoundOfItsOwn();
		submitted(round, RESULTS);
		String report = "/rounds/" + round.id() + "/reports/" + health();
		Browser coordinator = signedIn("coordinator");
		Browser officer = signedIn("officer.health");
		coordinator.open(report);
		assertThat(coordinator.text("#report-read")).contains("420 lượt cán bộ");
		coordinator.checkPage("65-coordinator-review", "vi");
		coordinator.click("#return-report");
		assertThat(coordinator.text(".alert-danger")).contains("lý do");
		coordinator.find("#reason").sendKeys("Bổ sung số liệu nạn nhân được hỗ trợ.");
		coordinator.click("#return-report");
		assertThat(coordinator.text("#report-status")).isEqualTo("Bị trả lại");

		officer.open(report);
		assertThat(officer.text("#report-history")).contains("Bổ sung số liệu nạn nhân được hỗ trợ.");
		type(officer, "#results", CORRECTED);
		officer.click("#submit-report");
		officer.click("#confirm-action");
		assertThat(officer.text("#report-status")).isEqualTo("Đã gửi, chờ xem xét");

		coordinator.open(report);
		coordinator.click("#accept-report");
		assertThat(coordinator.text("#report-status")).isEqualTo("Đã công nhận");
		coordinator.open("/rounds/" + round.id());
		assertThat(coordinator.text("#count-on-time")).isEqualTo("1");
	}

	@Test
	void coordinatorGeneratesTheConsolidatedReportAndDownloadsIt() throws Exception {
		Round round = aRoundOfItsOwn();
		accepted(round);
		Browser coordinator = signedIn("coordinator");
		coordinator.open("/rounds/" + round.id());
		coordinator.click("#consolidated-link");
		coordinator.click("#generate");
		assertThat(coordinator.find("#results").getAttribute("value")).contains("- Sở Y tế: " + CORRECTED);
		type(coordinator, "#proposals", PROPOSALS);
		coordinator.click("#save-consolidated");
		assertThat(coordinator.find("#proposals").getAttribute("value")).isEqualTo(PROPOSALS);
		coordinator.checkPage("66-consolidated-draft", "vi");
		var file = coordinator.download(coordinator.find("#consolidated-docx").getAttribute("href"));
		assertThat(file.statusCode()).isEqualTo(200);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.body()));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("DỰ THẢO", "Báo cáo năm 2046", "- Sở Y tế: Tổ chức 03 hội nghị",
					PROPOSALS, "PHỤ LỤC");
		}
	}

	@Test
	void leaderApprovesTheConsolidatedReport() {
		Round round = aRoundOfItsOwn();
		accepted(round);
		PlanUser coordinator = this.fixtures.signIn("coordinator");
		this.consolidated.generate(coordinator, round.id());
		ConsolidatedReport draft = this.consolidated.view(coordinator, round.id());
		Sections text = draft.dossier().consolidated();
		this.consolidated.save(coordinator, round.id(), draft.version(),
				new Sections(text.results(), text.shortcomings(), text.difficulties(), PROPOSALS, text.nextTasks()));
		Browser leader = signedIn("leader");
		leader.open("/rounds?plan=" + round.plan());
		leader.click("#round-" + round.id() + " a");
		leader.click("#consolidated-link");
		assertThat(leader.findAll("#consolidated-form")).as("leadership does not edit the text").isEmpty();
		assertThat(leader.text("#consolidated-read")).contains(PROPOSALS);
		// approval cannot be undone: its own page says on how many agency reports the
		// text rests, and only its button approves
		leader.click("#approve");
		assertThat(leader.text("h1")).isEqualTo("Phê duyệt báo cáo tổng hợp của Thành phố?");
		assertThat(leader.text("#consequences")).contains("1/", "cơ quan phải báo cáo đã được công nhận báo cáo",
				"không thể chỉnh sửa");
		leader.checkPage("67-consolidated-approve-confirm", "vi");
		leader.click("#confirm-action");
		assertThat(leader.text("#approved")).startsWith("Đã phê duyệt:");
		assertThat(leader.findAll("#approve")).isEmpty();
		leader.checkPage("67-consolidated-approved", "vi");
		leader.phoneScreenshot("67-consolidated-approved");
	}

	/** A plan of the test's own and its year round of 2046. */
	private record Round(long plan, long id) {

	}

	/**
	 * A small published plan of the test's own (the next free number of 861 to
	 * 869/KH-UBND, issued before Plan 133 so that it is never the plan a page shows by
	 * default), the Department of Health leading two tasks due in 2046, and its year
	 * round of 2046 opened by the coordinator: made through the services the plan editor
	 * and the rounds page call.
	 */
	private Round aRoundOfItsOwn() {
		PlanUser coordinator = this.fixtures.signIn("coordinator");
		String number = this.fixtures.jdbc()
			.sql("""
					select n || '/KH-UBND' from generate_series(861, 869) n
					where not exists (select 1 from plan p where p.number = n || '/KH-UBND') order by n limit 1""")
			.query(String.class)
			.single();
		long police = agency("CATP");
		long plan = this.plans.create(coordinator,
				new PlanHeaderCommand(number, LocalDate.of(2025, 1, 3), "Kế hoạch kiểm thử kỳ báo cáo " + number,
						"Reporting round test plan " + number, "Người ký kiểm thử", "Kiểm thử", "Testing", police),
				"Lĩnh vực kiểm thử kỳ báo cáo");
		long area = this.fixtures.jdbc()
			.sql("select id from key_area where plan_id = ? and ordinal = 1")
			.param(plan)
			.query(Long.class)
			.single();
		long health = health();
		for (int i = 1; i <= 2; i++) {
			this.tasks.create(coordinator,
					new TaskCommand(area, "1." + i, "Nhiệm vụ kiểm thử kỳ báo cáo " + i,
							"Reporting round test task " + i, null, null, "Báo cáo", "Report",
							new Schedule(ScheduleKind.FIXED, LocalDate.of(YEAR, 3 * i, 30), null, null), false,
							Set.of(health), Set.of(), Set.of(), 0, null));
		}
		long version = this.fixtures.jdbc()
			.sql("select version from plan where id = ?")
			.param(plan)
			.query(Long.class)
			.single();
		this.plans.publish(coordinator, plan, version);
		// publishing makes the assignments, in its own transaction
		assertThat(this.fixtures.jdbc()
			.sql("""
					select count(*) from assignment a join task t on t.id = a.task_id join key_area k on k.id = t.key_area_id
					where k.plan_id = ? and a.agency_id = ?""")
			.params(plan, health)
			.query(Long.class)
			.single()).isEqualTo(2);
		long round = this.rounds.open(coordinator, plan, RoundKind.YEAR, YEAR, LocalDate.of(YEAR, 12, 15));
		return new Round(plan, round);
	}

	/** The Department of Health's report sent, as the officer's step sends it. */
	private void submitted(Round round, String results) {
		PlanUser officer = this.fixtures.signIn("officer.health");
		long firstLine = this.reports.view(officer, round.id(), health()).lines().get(0).assignmentId();
		ReportCommand report = new ReportCommand(round.id(), health(), reportVersion(round),
				new Sections(results, "", "Chưa có hướng dẫn định mức hỗ trợ nạn nhân.", "", ""),
				Map.of(firstLine, "Đã ban hành quy chế phối hợp."));
		this.reports.save(officer, report);
		this.reports.submit(officer,
				new ReportCommand(round.id(), health(), reportVersion(round), report.sections(), report.results()));
	}

	/**
	 * Sent, returned with a reason, sent again corrected and accepted, as the review step
	 * leaves it.
	 */
	private void accepted(Round round) {
		submitted(round, RESULTS);
		PlanUser coordinator = this.fixtures.signIn("coordinator");
		this.reports.returnReport(coordinator, round.id(), health(), reportVersion(round),
				"Bổ sung số liệu nạn nhân được hỗ trợ.");
		submitted(round, CORRECTED);
		this.reports.accept(this.fixtures.signIn("coordinator"), round.id(), health(), reportVersion(round));
	}

	private long reportVersion(Round round) {
		return this.fixtures.jdbc()
			.sql("select coalesce(max(version), 0) from agency_report where round_id = ? and agency_id = ?")
			.params(round.id(), health())
			.query(Long.class)
			.single();
	}

	private Browser signedIn(String username) {
		Browser browser = new Browser("http://localhost:" + this.port);
		this.browsers.add(browser);
		LoginPage.open(browser).signIn(username, PASSWORD);
		return browser;
	}

	private long plan133() {
		return this.fixtures.jdbc()
			.sql("select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14'")
			.query(Long.class)
			.single();
	}

	private long health() {
		return agency("SYT");
	}

	private long agency(String code) {
		return this.fixtures.jdbc().sql("select id from agency where code = ?").param(code).query(Long.class).single();
	}

	private static void type(Browser browser, String css, String text) {
		WebElement field = browser.find(css);
		field.clear();
		field.sendKeys(text);
	}

}
