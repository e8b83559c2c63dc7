package vn.hanoi.plantracker.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.hanoi.plantracker.dashboard.LeadershipAttention;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.StatementCounter;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily escalation tells the coordinators of a plan's standing body about that plan's
 * work only: an item of a plan the Department of Health runs reaches Health's
 * coordinators and not the City Police's, and an item of a plan the Police run reaches
 * the Police's and not Health's. The leaders hear of the whole city.
 */
@IntegrationTest
class EscalationRecipientsTests {

	@Autowired
	DailyDigest digest;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	StatementCounter statements;

	@Autowired
	LeadershipAttention attention;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anOverdueItemIsEscalatedToTheCoordinatorsOfItsPlansStandingBodyOnly() {
		HealthPlan health = new HealthPlan(this.fixtures, this.accounts);
		PlanUser healthCoordinator = health.coordinator();
		PlanUser policeCoordinator = this.fixtures.user("coordinator");
		PlanUser leader = this.fixtures.user("leader");
		// two days in a row on which nothing was escalated yet: every other open item is
		// long overdue on both, the two items below cross the threshold (more than 30
		// days) between them, so the second day's notices differ from the first's by
		// exactly these two
		LocalDate first = firstOfTwoDaysNotEscalated(LocalDate.of(2099, 1, 2), LocalDate.of(2099, 12, 30));
		LocalDate second = first.plusDays(1);
		long healthItem = health.newAssignment(this.fixtures.unusedCommune(), first.minusDays(30));
		long policeItem = this.fixtures.newAssignment(this.fixtures.unusedCommune());
		setDueDate(policeItem, first.minusDays(30));
		try {
			long mark = lastNotification();
			this.clock.setHanoiTime(first.atTime(7, 0));
			assertThat(this.digest.escalateFor(first)).isTrue();
			long between = lastNotification();
			this.clock.setHanoiTime(second.atTime(7, 0));
			assertThat(this.digest.escalateFor(second)).isTrue();

			assertThat(escalated(healthCoordinator, between) - escalated(healthCoordinator, mark, between))
				.as("Health's coordinators hear of Health's item only")
				.isEqualTo(1);
			assertThat(escalated(policeCoordinator, between) - escalated(policeCoordinator, mark, between))
				.as("the Police coordinators hear of the Police's item only")
				.isEqualTo(1);
			assertThat(escalated(leader, between) - escalated(leader, mark, between)).as("the leaders hear of both")
				.isEqualTo(2);
		}
		finally {
			setDueDate(healthItem, LocalDate.of(2030, 12, 15));
			setDueDate(policeItem, LocalDate.of(2030, 12, 15));
		}
	}

	/**
	 * Statements of one day's escalation: the attention work by task and agency, the
	 * standing bodies of its tasks, the claim, the leaders, the coordinators of the
	 * bodies and the notices. It was one more for each task of the work (its standing
	 * body) and two for each standing body (its coordinators, its notices).
	 */
	static final int MAX_STATEMENTS_PER_ESCALATION = 6;

	@Test
	void theEscalationCostsAFixedNumberOfStatementsWhateverTheNumberOfTasks() {
		HealthPlan health = new HealthPlan(this.fixtures, this.accounts);
		health.coordinator();
		// two days in a row on which nothing was escalated yet, of this test's years
		LocalDate first = firstOfTwoDaysNotEscalated(LocalDate.of(2116, 1, 2), LocalDate.of(2120, 12, 30));
		LocalDate second = first.plusDays(1);
		this.clock.setHanoiTime(first.atTime(7, 0));
		long before = escalation(first);
		int tasksBefore = this.attention.workOf(first)
			.stream()
			.map((w) -> w.taskId())
			.collect(Collectors.toSet())
			.size();
		// more work long overdue, in new tasks of the Police's plan and of Health's
		List<Long> added = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			added.add(this.fixtures.newAssignment(this.fixtures.unusedCommune()));
		}
		for (int i = 0; i < 2; i++) {
			added.add(health.newAssignment(this.fixtures.unusedCommune(), first.minusDays(60)));
		}
		try {
			this.clock.setHanoiTime(second.atTime(7, 0));
			int tasksAfter = this.attention.workOf(second)
				.stream()
				.map((w) -> w.taskId())
				.collect(Collectors.toSet())
				.size();
			long after = escalation(second);
			System.out.printf("escalation: %d statements for %d tasks, %d for %d tasks%n", before, tasksBefore, after,
					tasksAfter);
			assertThat(tasksAfter).as("the second day's work holds more tasks").isGreaterThan(tasksBefore);
			assertThat(before).as("statements of an escalation").isLessThanOrEqualTo(MAX_STATEMENTS_PER_ESCALATION);
			assertThat(after).as("statements of an escalation of more tasks").isEqualTo(before);
		}
		finally {
			added.forEach((id) -> setDueDate(id, LocalDate.of(2030, 12, 15)));
		}
	}

	/**
	 * The first day from {@code from} to {@code to} that, with the next, had no
	 * escalation.
	 */
	private LocalDate firstOfTwoDaysNotEscalated(LocalDate from, LocalDate to) {
		return this.fixtures.jdbc().sql("""
				select cast(d as date) from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d
				where not exists (select 1 from escalation_sent e
				                  where e.escalation_date in (cast(d as date), cast(d as date) + 1))
				order by 1 limit 1""").param("from", from).param("to", to).query(LocalDate.class).single();
	}

	/** Sends the day's escalation and counts its statements: {@link #statements}. */
	private long escalation(LocalDate day) {
		this.statements.reset();
		assertThat(this.digest.escalateFor(day)).isTrue();
		long count = this.statements.count();
		this.statements.reset();
		return count;
	}

	/** The assignments the user's escalation after {@code after} counts (0: none). */
	private long escalated(PlanUser user, long after) {
		return escalated(user, after, Long.MAX_VALUE);
	}

	private long escalated(PlanUser user, long after, long upTo) {
		return this.fixtures.jdbc()
			.sql("""
					select coalesce(sum(cast(subject as bigint)), 0) from notification
					where recipient_id = :me and kind = 'ESCALATION' and id > :after and id <= :upTo""")
			.param("me", user.getId())
			.param("after", after)
			.param("upTo", upTo)
			.query(Long.class)
			.single();
	}

	private long lastNotification() {
		return this.fixtures.jdbc().sql("select coalesce(max(id), 0) from notification").query(Long.class).single();
	}

	private void setDueDate(long assignment, LocalDate date) {
		this.fixtures.jdbc()
			.sql("update assignment set due_date = :d, original_due_date = :d where id = :id")
			.param("d", date)
			.param("id", assignment)
			.update();
	}

}
