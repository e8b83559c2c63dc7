package vn.hanoi.plantracker.round;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily escalation of agencies still missing their round report: nothing until the
 * escalation days have passed after the due day, then each missing required agency once
 * per round, however many runs and nodes; the coordinator's button still escalates, and
 * what it escalated the job leaves alone. The rounds here fall due in March 2026, so no
 * other open round (the demo one falls due on 15/06) is escalated by these runs.
 */
@IntegrationTest
class RoundEscalationTests {

	@Autowired
	Rounds rounds;

	@Autowired
	AgencyReports agencyReports;

	@Autowired
	RoundDashboard dashboard;

	@Autowired
	RoundEscalationJob job;

	@Autowired
	Reports reports;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

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
	void twoRunsOfTheDailyJobEscalateEachMissingAgencyOnce() throws Exception {
		this.clock.setHanoiTime(LocalDateTime.of(2026, 3, 2, 9, 0));
		long round = this.support.open(2062, LocalDate.of(2026, 3, 10));
		long health = this.support.agencyId("SYT");
		this.agencyReports.submit(this.fixtures.user("officer.health"), RoundSupport.command(round, health, 0, "Y tế"));
		long required = this.support.namedAgencies(round, true).size();
		assertThat(required).isGreaterThan(2);

		// five days after the due day is not yet "more than five days"
		assertThat(this.dashboard.escalateOverdue(LocalDate.of(2026, 3, 15))).isZero();
		assertThat(claims(round)).isZero();

		// two nodes' schedulers start the job together on the sixth day
		this.clock.setHanoiTime(LocalDateTime.of(2026, 3, 16, 7, 0));
		CyclicBarrier start = new CyclicBarrier(2);
		Runnable node = () -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			this.job.run();
		};
		CompletableFuture.allOf(CompletableFuture.runAsync(node), CompletableFuture.runAsync(node)).get();
		assertThat(claims(round)).as("every required agency but the one that reported").isEqualTo(required - 1);
		assertThat(claimed(round, health)).isFalse();
		assertThat(this.dashboard.view(this.support.coordinator(), round).rows())
			.as("the dashboard says who was escalated")
			.allSatisfy((row) -> assertThat(row.escalatedAt() != null).isEqualTo(row.required() && !row.sent()));
		PlanUser leader = this.support.leader();
		await().atMost(Duration.ofSeconds(10)).until(() -> escalations(leader, round) == 1);

		// a second run the same day and one a day later escalate nobody again
		assertThat(this.dashboard.escalateOverdue(LocalDate.of(2026, 3, 16))).isZero();
		this.clock.setHanoiTime(LocalDateTime.of(2026, 3, 17, 7, 0));
		this.dashboard.escalateOverdue(LocalDate.of(2026, 3, 17));
		assertThat(claims(round)).isEqualTo(required - 1);
		String detail = this.support.jdbc()
			.sql("""
					select detail from notification
					where recipient_id = :me and kind = 'ROUND_ESCALATED' and subject = :title""")
			.param("me", leader.getId())
			.param("title", title(round))
			.query(String.class)
			.single();
		assertThat(detail).contains("Sở Giáo dục và Đào tạo").doesNotContain("Sở Y tế");
	}

	@Test
	void whatTheCoordinatorsButtonEscalatedTheJobDoesNotEscalateAgain() {
		this.clock.setHanoiTime(LocalDateTime.of(2026, 3, 2, 9, 0));
		long round = this.support.open(2063, LocalDate.of(2026, 3, 10));
		long required = this.support.namedAgencies(round, true).size();
		this.clock.setHanoiTime(LocalDateTime.of(2026, 3, 16, 9, 0));
		assertThat(this.dashboard.escalate(this.support.coordinator(), round)).isEqualTo(required);
		assertThat(claims(round)).isEqualTo(required);
		assertThat(this.support.jdbc()
			.sql("select count(*) from round_escalation where round_id = :r and escalated_by = :me")
			.param("r", round)
			.param("me", this.support.coordinator().getId())
			.query(Long.class)
			.single()).as("recorded as the coordinator's").isEqualTo(required);
		assertThat(this.dashboard.escalateOverdue(LocalDate.of(2026, 3, 16))).isZero();
		// the button itself still escalates on demand
		assertThat(this.dashboard.escalate(this.support.coordinator(), round)).isEqualTo(required);
		await().atMost(Duration.ofSeconds(10)).until(() -> escalations(this.support.leader(), round) == 2);
	}

	private long claims(long round) {
		return this.support.jdbc()
			.sql("select count(*) from round_escalation where round_id = :r")
			.param("r", round)
			.query(Long.class)
			.single();
	}

	private boolean claimed(long round, long agency) {
		return this.support.jdbc()
			.sql("select count(*) from round_escalation where round_id = :r and agency_id = :a")
			.param("r", round)
			.param("a", agency)
			.query(Long.class)
			.single() > 0;
	}

	private String title(long round) {
		return this.support.jdbc()
			.sql("select title_vi from reporting_round where id = :r")
			.param("r", round)
			.query(String.class)
			.single();
	}

	private long escalations(PlanUser leader, long round) {
		return this.support.jdbc()
			.sql("""
					select count(*) from notification
					where recipient_id = :me and kind = 'ROUND_ESCALATED' and subject = :title""")
			.param("me", leader.getId())
			.param("title", title(round))
			.query(Long.class)
			.single();
	}

}
