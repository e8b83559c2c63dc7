package vn.hanoi.plantracker.round;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.report.AgencyReport;
import vn.hanoi.plantracker.report.AssignmentLine;
import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import vn.hanoi.plantracker.standing.Standing;

/**
 * Rounds on real PostgreSQL: opened from the calendar once per plan and period, agency
 * scoping, the prefilled table against the report module's as-of lines, the report
 * workflow with history and stale forms, and the round dashboard's counts, reminders and
 * escalation.
 */
@IntegrationTest
class RoundWorkflowTests {

	@Autowired
	Rounds rounds;

	@Autowired
	AgencyReports agencyReports;

	@Autowired
	RoundDashboard dashboard;

	@Autowired
	Reports reports;

	@Autowired
	ConsolidatedReports consolidated;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DemoUsers demo;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	vn.hanoi.plantracker.support.StatementCounter statements;

	private RoundSupport support;

	@BeforeEach
	void support() {
		this.support = new RoundSupport(this.rounds, this.reports, this.fixtures);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theCalendarOpensEachRoundOnceEvenWhenTwoSchedulersRunTogether() throws Exception {
		assertThat(this.rounds.openFromCalendar(LocalDate.of(2037, 4, 1))).as("before the opening window").isZero();
		LocalDate day = LocalDate.of(2037, 5, 20);
		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> this.rounds.openFromCalendar(day));
		CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> this.rounds.openFromCalendar(day));
		assertThat(one.get() + two.get()).isEqualTo(1);
		assertThat(this.rounds.openFromCalendar(day.plusDays(3))).isZero();
		var round = this.support.jdbc()
			.sql("select * from reporting_round where year = 2037 and kind = 'HALF_YEAR' and plan_id = :plan")
			.param("plan", this.support.plan())
			.query()
			.singleRow();
		assertThat(round.get("title_vi")).isEqualTo("Báo cáo 6 tháng đầu năm 2037");
		assertThat(round.get("title_en")).isEqualTo("Six-month report, first half of 2037");
		assertThat(round.get("due_on").toString()).isEqualTo("2037-06-15");
		assertThat(round.get("cutoff_on").toString()).isEqualTo("2037-06-14");
		assertThat(round.get("period_start").toString()).isEqualTo("2037-01-01");
		assertThat(round.get("period_end").toString()).isEqualTo("2037-06-30");
		assertThat(round.get("opened_by")).as("opened by the calendar, not a person").isNull();
		long id = ((Number) round.get("id")).longValue();
		assertThat(this.support.namedAgencies(id, true)).contains(this.support.agencyId("SYT"),
				this.support.agencyId("STP"));
		assertThat(this.support.namedAgencies(id, false)).as("requested bodies are invited")
			.contains(this.support.agencyId("VKSND"), this.support.agencyId("TAND"))
			.doesNotContain(this.support.agencyId("SYT"));
	}

	@Test
	void theDemosRoundsAreClosedOnceTheirTimeHasPassedAndOnlyTheCurrentOneIsOpen() {
		// generated relative to the day the shared context started (DemoRounds): every
		// round more than 20 days past its due day closed, the annual 2025 round among
		// them
		// once it is, and no round open more than 30 days past its due day
		LocalDate today = LocalDate.now(vn.hanoi.plantracker.system.Today.ZONE);
		var demo = this.support.jdbc()
			.sql("""
					select kind, year, status, due_on from reporting_round
					where year between 2025 and :year order by due_on""")
			.param("year", today.getYear())
			.query()
			.listOfRows();
		assertThat(demo).isNotEmpty();
		for (var round : demo) {
			LocalDate due = ((java.sql.Date) round.get("due_on")).toLocalDate();
			if (due.isBefore(today.minusDays(30))) {
				assertThat(round.get("status")).as("%s %s", round.get("kind"), round.get("year")).isEqualTo("CLOSED");
			}
		}
		assertThat(demo).anySatisfy((round) -> {
			assertThat(round.get("kind")).isEqualTo("YEAR");
			assertThat(round.get("year")).isEqualTo(2025);
		});
	}

	@Test
	void theOpeningTwiceIsRefusedWithAMessage() {
		this.support.open(2041, null);
		assertThatThrownBy(() -> this.support.open(2041, null)).isInstanceOf(RoundWorkflowException.class)
			.hasMessage("round.error.exists");
	}

	@Test
	void anOfficerSeesAndWritesOnlyItsOwnAgencysReport() throws Exception {
		long round = this.support.open(2042, null);
		long health = this.support.agencyId("SYT");
		long justice = this.support.agencyId("STP");
		this.mvc.perform(get("/rounds/" + round + "/reports/" + health).with(this.demo.as("officer.health")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("report-form")));
		this.mvc.perform(get("/rounds/" + round + "/reports/" + justice).with(this.demo.as("officer.health")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/rounds/" + round + "/reports/" + justice).with(this.demo.as("officer.health"))
				.with(csrf())
				.param("version", "0")
				.param("results", "Viết hộ cơ quan khác"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/rounds/" + round + "/reports/" + justice + "/report.docx")
				.with(this.demo.as("officer.health")))
			.andExpect(status().isNotFound());
		assertThat(this.support.status(round, justice)).isEqualTo("MISSING");
		// the coordinator reads but does not write an agency's report
		this.mvc.perform(get("/rounds/" + round + "/reports/" + justice).with(this.demo.as("coordinator")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/rounds/" + round + "/reports/" + justice).with(this.demo.as("coordinator"))
				.with(csrf())
				.param("version", "0")
				.param("results", "x"))
			.andExpect(status().isForbidden());
		// an officer's round list names only rounds with its agency; the dashboard is not
		// theirs
		this.mvc.perform(get("/rounds/" + round + "/dashboard.xlsx").with(this.demo.as("officer.health")))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePrefilledTableIsTheTrackersAsOfLinesOfTheAgency() {
		// a year the demo's rounds (relative to the day the context started) do not reach
		this.clock.setHanoiTime(LocalDateTime.of(2029, 11, 20, 9, 0));
		long round = this.support.open(2029, LocalDate.of(2029, 11, 1));
		long health = this.support.agencyId("SYT");
		RoundDossier.Part part = this.agencyReports.view(this.support.coordinator(), round, health);
		LocalDate cutoff = LocalDate.of(2029, 10, 31);
		AgencyReport tracker = this.reports.agency(this.support.coordinator(), health,
				new ReportFilter(this.support.plan(), null, null, cutoff));
		List<AssignmentLine> expected = tracker.byMetric()
			.values()
			.stream()
			.flatMap(List::stream)
			.filter((l) -> l.completedOn() == null || !l.completedOn().isBefore(LocalDate.of(2029, 1, 1)))
			.toList();
		assertThat(part.lines()).extracting(RoundDossier.Line::assignmentId)
			.containsExactlyInAnyOrderElementsOf(expected.stream().map(AssignmentLine::id).toList());
		assertThat(part.lines()).isNotEmpty();
		// every line stands where the figure owner counted it: work submitted and
		// awaiting review is not the agency's delay, and work completed before its due
		// date is done early, not in the due set
		java.util.Map<Standing, Long> standings = part.lines()
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(RoundDossier.Line::standing,
					java.util.stream.Collectors.counting()));
		assertThat(standings.getOrDefault(Standing.OVERDUE, 0L)).isEqualTo(tracker.agency().counts().overdue());
		assertThat(standings.getOrDefault(Standing.AWAITING_REVIEW, 0L)).isEqualTo(expected.stream()
			.filter((l) -> l.metric() == vn.hanoi.plantracker.standing.Metric.AWAITING_REVIEW)
			.count());
		for (RoundDossier.Line line : part.lines()) {
			AssignmentLine source = expected.stream().filter((l) -> l.id() == line.assignmentId()).findFirst().get();
			assertThat(line.standing()).isEqualTo(Standing.of(source.metric()));
			assertThat(line.standing().due()).isEqualTo(!source.dueDate().isAfter(cutoff));
			assertThat(line.dueDate()).isEqualTo(source.dueDate());
		}
	}

	@Test
	void theConsolidatedFiguresAreTheSummarysAsOfTheCutOff() {
		// the year's round of 2091 (a year no other test opens), read in 2092: its
		// cut-off day has passed
		this.clock.setHanoiTime(LocalDateTime.of(2092, 1, 20, 9, 0));
		long round = this.support.open(2091, null);
		RoundDossier dossier = this.consolidated.view(this.support.coordinator(), round).dossier();
		LocalDate cutoff = dossier.round().cutoffOn();
		assertThat(cutoff).isBefore(LocalDate.of(2092, 1, 20));
		assertThat(dossier.asOf()).isEqualTo(cutoff);
		assertThat(dossier.city().dueSet()).as("a year of work is due").isPositive();
		vn.hanoi.plantracker.report.SummaryReport summary = this.reports
			.summary(new ReportFilter(this.support.plan(), null, null, cutoff));
		RoundDossier.Figures city = dossier.city();
		assertThat(List.of(city.total(), city.dueSet(), city.onTime(), city.late(), city.awaitingReview(),
				city.overdue(), city.doneEarly(), city.inProgress(), city.notYetDue()))
			.containsExactly(summary.total().total(), summary.total().due(), summary.total().onTime(),
					summary.total().late(), summary.total().awaitingReview(), summary.total().overdue(),
					summary.total().doneEarly(), summary.total().inProgressOnTime(), summary.total().notYetDue());
		assertThat(city.onTimeRate()).isEqualTo(summary.total().onTimeRate());
		RoundDossier.Figures requested = dossier.requested();
		assertThat(List.of(requested.total(), requested.dueSet(), requested.onTime(), requested.late(),
				requested.awaitingReview(), requested.overdue()))
			.containsExactly(summary.requestedTotal().total(), summary.requestedTotal().due(),
					summary.requestedTotal().onTime(), summary.requestedTotal().late(),
					summary.requestedTotal().awaitingReview(), summary.requestedTotal().overdue());
	}

	@Test
	void submitReturnAndAcceptWithHistoryNotificationsAndStaleForms() throws Exception {
		long round = this.support.open(2043, null);
		long justice = this.support.agencyId("STP");
		PlanUser officer = this.fixtures.user("officer.justice");
		long returnedBefore = this.support.notifications(officer, "ROUND_RETURNED");
		String base = "/rounds/" + round + "/reports/" + justice;
		this.mvc
			.perform(post(base).with(this.demo.as("officer.justice"))
				.with(csrf())
				.param("version", "0")
				.param("results", "Đã rà soát 48 văn bản")
				.param("action", "save"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.support.status(round, justice)).isEqualTo("DRAFT");
		// a second tab still holds version 0: nothing saved, the typed text comes back
		this.mvc
			.perform(post(base).with(this.demo.as("officer.justice"))
				.with(csrf())
				.param("version", "0")
				.param("results", "Nội dung từ tab cũ")
				.param("action", "submit"))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Nội dung từ tab cũ")));
		assertThat(this.support.status(round, justice)).isEqualTo("DRAFT");
		long v = this.support.version(round, justice);
		// every task line filled in: sent at once, without the confirmation step of empty
		// lines (EmptyReportLinesTests)
		var submit = post(base).with(this.demo.as("officer.justice"))
			.with(csrf())
			.param("version", String.valueOf(v))
			.param("results", "Đã rà soát 48 văn bản, đề xuất sửa 3")
			.param("action", "submit");
		List<RoundDossier.Line> lines = this.agencyReports.view(this.support.coordinator(), round, justice).lines();
		for (int i = 0; i < lines.size(); i++) {
			submit.param("lines[" + i + "].assignmentId", String.valueOf(lines.get(i).assignmentId()))
				.param("lines[" + i + "].result", "Đã thực hiện");
		}
		this.mvc.perform(submit).andExpect(redirectedUrl(base));
		assertThat(this.support.status(round, justice)).isEqualTo("SUBMITTED");
		// a return needs a reason
		long submitted = this.support.version(round, justice);
		this.mvc
			.perform(post(base + "/decision").with(this.demo.as("coordinator"))
				.with(csrf())
				.param("decision", "return")
				.param("version", String.valueOf(submitted)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.support.status(round, justice)).isEqualTo("SUBMITTED");
		this.mvc
			.perform(post(base + "/decision").with(this.demo.as("coordinator"))
				.with(csrf())
				.param("decision", "return")
				.param("reason", "Bổ sung số liệu tập huấn")
				.param("version", String.valueOf(submitted)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.support.status(round, justice)).isEqualTo("RETURNED");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.support.notifications(officer, "ROUND_RETURNED") == returnedBefore + 1);
		this.agencyReports.submit(officer,
				RoundSupport.command(round, justice, this.support.version(round, justice), "Đã bổ sung số liệu"));
		// the coordinator's stale accept (the version it saw before the resubmission)
		// changes nothing
		assertThatThrownBy(() -> this.agencyReports.accept(this.support.coordinator(), round, justice, submitted))
			.isInstanceOf(StaleReportException.class);
		this.agencyReports.accept(this.support.coordinator(), round, justice, this.support.version(round, justice));
		assertThat(this.support.status(round, justice)).isEqualTo("ACCEPTED");
		assertThat(this.support.history(round, justice)).containsExactly("SAVE", "SUBMIT", "RETURN", "SUBMIT",
				"ACCEPT");
		assertThatThrownBy(() -> this.support.jdbc().sql("update agency_report_event set note = 'x'").update())
			.hasMessageContaining("append-only");
		// accepted: the officer can no longer change it
		assertThatThrownBy(() -> this.agencyReports.save(officer,
				RoundSupport.command(round, justice, this.support.version(round, justice), "Sửa sau khi duyệt")))
			.isInstanceOf(RoundWorkflowException.class);
	}

	@Test
	void theDashboardCountsOnTimeLateReturnedAndMissingAndRemindsOnlyTheMissing() throws Exception {
		this.clock.setHanoiTime(LocalDateTime.of(2026, 11, 2, 9, 0));
		long round = this.support.open(2044, LocalDate.of(2026, 11, 10));
		long health = this.support.agencyId("SYT");
		long justice = this.support.agencyId("STP");
		long culture = this.support.agencyId("SVHTT");
		long education = this.support.agencyId("SGDDT");
		this.agencyReports.submit(this.fixtures.user("officer.health"), RoundSupport.command(round, health, 0, "Y tế"));
		this.agencyReports.submit(this.fixtures.user("officer.svhtt"),
				RoundSupport.command(round, culture, 0, "Văn hóa"));
		this.agencyReports.returnReport(this.support.coordinator(), round, culture,
				this.support.version(round, culture), "Thiếu số liệu");
		this.clock.setHanoiTime(LocalDateTime.of(2026, 11, 12, 9, 0));
		this.agencyReports.submit(this.fixtures.user("officer.justice"),
				RoundSupport.command(round, justice, 0, "Tư pháp"));
		RoundDashboard.View view = this.dashboard.view(this.support.coordinator(), round);
		long required = this.support.namedAgencies(round, true).size();
		assertThat(view.counts().required()).isEqualTo(required);
		assertThat(view.counts().sentOnTime()).isEqualTo(1);
		assertThat(view.counts().sentLate()).isEqualTo(1);
		assertThat(view.counts().returned()).isEqualTo(1);
		assertThat(view.counts().missing()).isEqualTo(required - 3);
		assertThat(view.escalationDue()).as("only 2 days late").isFalse();
		assertThatThrownBy(() -> this.dashboard.escalate(this.support.coordinator(), round))
			.isInstanceOf(RoundWorkflowException.class);

		PlanUser educationOfficer = this.fixtures.user("officer.sgddt");
		PlanUser healthOfficer = this.fixtures.user("officer.health");
		long educationBefore = this.support.notifications(educationOfficer, "ROUND_REMINDER");
		long healthBefore = this.support.notifications(healthOfficer, "ROUND_REMINDER");
		this.mvc.perform(post("/rounds/" + round + "/remind").with(this.demo.as("coordinator")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.support.notifications(educationOfficer, "ROUND_REMINDER") == educationBefore + 1);
		assertThat(this.support.notifications(healthOfficer, "ROUND_REMINDER")).as("health has reported")
			.isEqualTo(healthBefore);
		assertThat(this.dashboard.remind(this.support.coordinator(), round, Set.of(education))).isEqualTo(1);
		assertThat(this.dashboard.remind(this.support.coordinator(), round, Set.of(health))).isZero();

		this.clock.setHanoiTime(LocalDateTime.of(2026, 11, 20, 9, 0));
		PlanUser leader = this.support.leader();
		long escalatedBefore = this.support.notifications(leader, "ROUND_ESCALATED");
		assertThat(this.dashboard.escalate(this.support.coordinator(), round)).isEqualTo(required - 2);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.support.notifications(leader, "ROUND_ESCALATED") == escalatedBefore + 1);
		String detail = this.support.jdbc()
			.sql("select detail from notification where recipient_id = :me and kind = 'ROUND_ESCALATED' order by id desc limit 1")
			.param("me", leader.getId())
			.query(String.class)
			.single();
		assertThat(detail).contains("Sở Giáo dục và Đào tạo").doesNotContain("Sở Y tế");
		this.mvc.perform(get("/rounds/" + round + "/dashboard.xlsx").with(this.demo.as("leader")))
			.andExpect(status().isOk());
		String page = this.mvc.perform(get("/rounds/" + round).with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"count-late\">1<", "id=\"count-on-time\">1<");
		assertThat(Set.of(health, justice).stream().map(String::valueOf).collect(Collectors.toSet())).hasSize(2);
	}

	private static final long MAX_STATEMENTS = 16;

	@Test
	void theRoundPagesIssueAFixedNumberOfStatementsWhateverTheNumberOfAgencies() throws Exception {
		long round = this.support.open(2047, null);
		long named = this.support.namedAgencies(round, true).size() + this.support.namedAgencies(round, false).size();
		assertThat(named).as("every department and ward").isGreaterThan(100);
		long health = this.support.agencyId("SYT");
		java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
		pages.put("/rounds/" + round, "coordinator");
		pages.put("/rounds/" + round + "/reports/" + health, "officer.health");
		pages.put("/rounds/" + round + "/consolidated", "coordinator");
		pages.put("/rounds", "leader");
		for (var page : pages.entrySet()) {
			// measured on a miss of the report cache (its worst case): whether a page
			// finds the city's figures cached depends on what other tests wrote before,
			// never on the number of agencies
			this.support.jdbc()
				.sql("update data_version set version = nextval('data_version_seq'), structure = nextval('data_version_seq')")
				.update();
			this.statements.reset();
			this.mvc.perform(get(page.getKey()).with(this.demo.as(page.getValue()))).andExpect(status().isOk());
			// a loop over the agencies would cost more than a hundred; Spring Session's
			// statements depend on the requests before, not on the data, and are left out
			System.out.printf("round page %s: %d statements%n", page.getKey(), this.statements.countWithoutSession());
			assertThat(this.statements.countWithoutSession()).as(page.getKey()).isLessThanOrEqualTo(MAX_STATEMENTS);
		}
	}

}
