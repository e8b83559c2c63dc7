package vn.hanoi.plantracker.round;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roles that wait on a round hear when it is their turn, with the reason and a link
 * to where to act: the coordinators when an agency sends its report and when leadership
 * approves the consolidated report; leadership when a draft awaits approval and when
 * agencies are escalated.
 */
@IntegrationTest
class RoundNotificationTests {

	@Autowired
	Rounds rounds;

	@Autowired
	AgencyReports agencyReports;

	@Autowired
	ConsolidatedReports consolidated;

	@Autowired
	RoundDashboard dashboard;

	@Autowired
	Reports reports;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DemoUsers demo;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

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
	void anAgencysSentReportTellsTheCoordinatorsWhereToReviewIt() throws Exception {
		long round = this.support.open(2081, null);
		long health = this.support.agencyId("SYT");
		this.agencyReports.submit(this.fixtures.user("officer.health"),
				RoundSupport.command(round, health, 0, "Tập huấn 420 lượt cán bộ"));
		Map<String, Object> row = awaitNotification(this.support.coordinator(), "ROUND_SUBMITTED", round);
		assertThat(row.get("detail")).isEqualTo("Sở Y tế");
		assertThat(row.get("agency_id")).isEqualTo(health);
		assertThat(list("coordinator")).contains("Báo cáo của cơ quan chờ bạn xem xét: Báo cáo năm 2081")
			.contains("Xem báo cáo: công nhận hoặc trả lại");
		this.mvc.perform(get("/notifications/" + row.get("id")).with(this.demo.as("coordinator")))
			.andExpect(redirectedUrl("/rounds/" + round + "/reports/" + health));
		assertThat(this.support.notifications(this.support.leader(), "ROUND_SUBMITTED"))
			.as("leadership is not told of each agency's report")
			.isZero();
	}

	@Test
	void aDraftTellsLeadershipAndItsApprovalTellsTheCoordinators() throws Exception {
		long round = this.support.open(2082, null);
		this.consolidated.generate(this.support.coordinator(), round);
		Map<String, Object> drafted = awaitNotification(this.support.leader(), "ROUND_DRAFTED", round);
		assertThat(list("leader")).contains("Dự thảo báo cáo tổng hợp chờ bạn phê duyệt: Báo cáo năm 2082")
			.contains("Đọc dự thảo và phê duyệt");
		this.mvc.perform(get("/notifications/" + drafted.get("id")).with(this.demo.as("leader")))
			.andExpect(redirectedUrl("/rounds/" + round + "/consolidated"));

		this.consolidated.approve(this.support.leader(), round,
				this.consolidated.view(this.support.leader(), round).version());
		Map<String, Object> approved = awaitNotification(this.support.coordinator(), "ROUND_APPROVED", round);
		assertThat(approved.get("detail")).isEqualTo(this.support.leader().getFullName());
		assertThat(list("coordinator")).contains("Lãnh đạo đã phê duyệt báo cáo tổng hợp: Báo cáo năm 2082");
		this.mvc.perform(get("/notifications/" + approved.get("id")).with(this.demo.as("coordinator")))
			.andExpect(redirectedUrl("/rounds/" + round + "/consolidated"));
	}

	@Test
	void anEscalationLeadsLeadershipToTheRoundsDashboard() throws Exception {
		this.clock.setHanoiTime(LocalDateTime.of(2026, 11, 2, 9, 0));
		long round = this.support.open(2083, LocalDate.of(2026, 11, 10));
		this.clock.setHanoiTime(LocalDateTime.of(2026, 11, 20, 9, 0));
		this.dashboard.escalate(this.support.coordinator(), round);
		Map<String, Object> escalated = awaitNotification(this.support.leader(), "ROUND_ESCALATED", round);
		assertThat((String) escalated.get("detail")).contains("Sở Y tế");
		this.mvc.perform(get("/notifications/" + escalated.get("id")).with(this.demo.as("leader")))
			.andExpect(redirectedUrl("/rounds/" + round));
	}

	private Map<String, Object> awaitNotification(PlanUser user, String kind, long round) {
		String sql = "select * from notification where recipient_id = :me and kind = :kind and round_id = :round";
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.support.jdbc()
				.sql(sql)
				.param("me", user.getId())
				.param("kind", kind)
				.param("round", round)
				.query()
				.listOfRows()
				.size() == 1);
		return this.support.jdbc()
			.sql(sql)
			.param("me", user.getId())
			.param("kind", kind)
			.param("round", round)
			.query()
			.singleRow();
	}

	private String list(String user) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(get("/notifications").with(this.demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
