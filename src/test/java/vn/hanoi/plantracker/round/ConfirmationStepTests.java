package vn.hanoi.plantracker.round;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The confirmation step of the round's irreversible actions, on real PostgreSQL:
 * approving the consolidated report, generating it again over edits, closing the round
 * and escalating to leadership each happen only when the form of their confirmation page
 * was posted; a POST without it changes nothing and leads to that page, which says in
 * words what will happen.
 */
@IntegrationTest
class ConfirmationStepTests {

	@Autowired
	Rounds rounds;

	@Autowired
	AgencyReports agencyReports;

	@Autowired
	ConsolidatedReports consolidated;

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

	/**
	 * A round whose Health report is accepted and Justice's sent, with a draft generated.
	 */
	private long roundWithDraft(int year) {
		this.clock.setHanoiTime(LocalDateTime.of(2026, 11, 2, 9, 0));
		long round = this.support.open(year, LocalDate.of(2026, 11, 10));
		long health = this.support.agencyId("SYT");
		this.agencyReports.submit(this.fixtures.user("officer.health"),
				RoundSupport.command(round, health, 0, "Tập huấn 420 lượt cán bộ"));
		this.agencyReports.submit(this.fixtures.user("officer.justice"),
				RoundSupport.command(round, this.support.agencyId("STP"), 0, "Rà soát 48 văn bản"));
		this.agencyReports.accept(this.support.coordinator(), round, health, this.support.version(round, health));
		this.consolidated.generate(this.support.coordinator(), round);
		return round;
	}

	private String page(String url, String user) throws Exception {
		return this.mvc.perform(get(url).with(this.demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void leadershipApprovesOnlyAfterReadingHowManyAgencyReportsTheTextRestsOn() throws Exception {
		long round = roundWithDraft(2071);
		long version = this.consolidated.view(this.support.leader(), round).version();
		String approve = "/rounds/" + round + "/consolidated/approve";
		// the report page offers a link to the confirmation, not a form that approves
		assertThat(page("/rounds/" + round + "/consolidated", "leader")).contains("href=\"" + approve + "\"")
			.doesNotContain("action=\"" + approve + "\"");
		this.mvc
			.perform(post(approve).param("version", String.valueOf(version)).with(this.demo.as("leader")).with(csrf()))
			.andExpect(redirectedUrl(approve));
		assertThat(this.consolidated.view(this.support.leader(), round).approved()).as("not without the step")
			.isFalse();

		long required = this.support.namedAgencies(round, true).size();
		String confirmation = page(approve, "leader");
		assertThat(confirmation).contains("Phê duyệt báo cáo tổng hợp của Thành phố?")
			.contains("1/" + required + " cơ quan phải báo cáo đã được công nhận báo cáo; 1 đã gửi")
			.contains("; " + (required - 2) + " còn thiếu")
			.contains("không thể chỉnh sửa")
			.contains("name=\"confirmed\" value=\"true\"")
			.contains("name=\"version\" value=\"" + version + "\"");
		assertThat(page(approve + "?lang=en", "leader")).contains("1 of " + required + " required agencies")
			.contains("can no longer be edited");
		this.mvc.perform(get(approve).with(this.demo.as("coordinator"))).andExpect(status().isForbidden());

		this.mvc
			.perform(post(approve).param("version", String.valueOf(version))
				.param("confirmed", "true")
				.with(this.demo.as("leader"))
				.with(csrf()))
			.andExpect(redirectedUrl("/rounds/" + round + "/consolidated"));
		assertThat(this.consolidated.view(this.support.leader(), round).approved()).isTrue();
		// once approved, the step sends the leader back to the report
		this.mvc.perform(get(approve).with(this.demo.as("leader")))
			.andExpect(redirectedUrl("/rounds/" + round + "/consolidated"));
	}

	@Test
	void generatingAgainOverEditsAsksFirstTheFirstDraftDoesNot() throws Exception {
		this.clock.setHanoiTime(LocalDateTime.of(2026, 11, 2, 9, 0));
		long round = this.support.open(2072, LocalDate.of(2026, 11, 10));
		String generate = "/rounds/" + round + "/consolidated/generate";
		this.mvc.perform(post(generate).with(this.demo.as("coordinator")).with(csrf()))
			.andExpect(redirectedUrl("/rounds/" + round + "/consolidated"));
		assertThat(revision(round)).as("the first draft overwrites nothing").isEqualTo(1);

		this.mvc.perform(post(generate).with(this.demo.as("coordinator")).with(csrf()))
			.andExpect(redirectedUrl(generate));
		assertThat(revision(round)).as("not without the step").isEqualTo(1);
		assertThat(page(generate, "coordinator")).contains("Tạo lại dự thảo?").contains("(lần sửa thứ 1)");
		this.mvc.perform(post(generate).param("confirmed", "true").with(this.demo.as("coordinator")).with(csrf()))
			.andExpect(redirectedUrl("/rounds/" + round + "/consolidated"));
		assertThat(revision(round)).isEqualTo(2);
	}

	@Test
	void closingTheRoundHappensOnlyThroughItsConfirmation() throws Exception {
		long round = roundWithDraft(2073);
		String close = "/rounds/" + round + "/close";
		assertThat(page("/rounds/" + round, "coordinator")).contains("href=\"" + close + "\"")
			.doesNotContain("action=\"" + close + "\"");
		long version = this.rounds.version(round);
		this.mvc.perform(
				post(close).param("version", String.valueOf(version)).with(this.demo.as("coordinator")).with(csrf()))
			.andExpect(redirectedUrl(close));
		assertThat(roundStatus(round)).isEqualTo("OPEN");
		assertThat(page(close, "coordinator")).contains("Khóa sổ kỳ báo cáo?")
			.contains("1/" + this.support.namedAgencies(round, true).size())
			.contains("không thể mở lại");
		this.mvc.perform(get(close).with(this.demo.as("leader"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(close).param("version", String.valueOf(version))
				.param("confirmed", "true")
				.with(this.demo.as("coordinator"))
				.with(csrf()))
			.andExpect(redirectedUrl("/rounds/" + round));
		assertThat(roundStatus(round)).isEqualTo("CLOSED");
		this.mvc.perform(get(close).with(this.demo.as("coordinator"))).andExpect(redirectedUrl("/rounds/" + round));
	}

	@Test
	void escalatingHappensOnlyThroughItsConfirmationWhichNamesTheAgencies() throws Exception {
		long round = roundWithDraft(2074);
		this.clock.setHanoiTime(LocalDateTime.of(2026, 11, 20, 9, 0));
		String escalate = "/rounds/" + round + "/escalate";
		assertThat(page("/rounds/" + round, "coordinator")).contains("href=\"" + escalate + "\"");
		this.mvc.perform(post(escalate).with(this.demo.as("coordinator")).with(csrf()))
			.andExpect(redirectedUrl(escalate));
		assertThat(escalations(round)).as("not without the step").isZero();
		long missing = this.support.namedAgencies(round, true).size() - 2;
		assertThat(page(escalate, "coordinator")).contains("Báo cáo lãnh đạo?")
			.contains(missing + " cơ quan phải báo cáo sau đây chưa gửi báo cáo, 10 ngày sau hạn gửi")
			.contains("Sở Giáo dục và Đào tạo")
			.doesNotContain("Sở Y tế;");
		this.mvc.perform(post(escalate).param("confirmed", "true").with(this.demo.as("coordinator")).with(csrf()))
			.andExpect(redirectedUrl("/rounds/" + round));
		assertThat(escalations(round)).isEqualTo(missing);
	}

	private long revision(long round) {
		return this.support.jdbc()
			.sql("select revision from consolidated_report where round_id = :r")
			.param("r", round)
			.query(Long.class)
			.single();
	}

	private String roundStatus(long round) {
		return this.support.jdbc()
			.sql("select status from reporting_round where id = :r")
			.param("r", round)
			.query(String.class)
			.single();
	}

	private long escalations(long round) {
		return this.support.jdbc()
			.sql("select count(*) from round_escalation where round_id = :r")
			.param("r", round)
			.query(Long.class)
			.single();
	}

}
