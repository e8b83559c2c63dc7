package vn.hanoi.plantracker.round;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistrar;

import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.Figures;
import vn.hanoi.plantracker.standing.Selection;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo as a newcomer finds it on the day it first starts: generated on a database of
 * its own (every ward and commune with its officer, as in the shipped demo) under a clock
 * fixed at that day, it is a plan being worked, whatever the day. Each subclass is one
 * day, one context and one database. As on a new installation, Plan 133 is imported from
 * its shipped annex at that first start (not V2's, which the shared test contexts keep),
 * so its periods are the ones current on that day.
 */
@SpringBootTest(properties = { "plantracker.embedded-db.enabled=false", "plantracker.demo.commune-officers=true",
		"spring.flyway.init-sqls=set plantracker.plan_133_from = 'annex'" })
@ActiveProfiles({ "test", "demo" })
abstract class DemoDayTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Figures figures;

	@Autowired
	MutableClock clock;

	abstract LocalDate day();

	long plan() {
		return this.jdbc.sql("select max(plan_id) from reporting_calendar").query(Long.class).single();
	}

	@Test
	void mostWorkDueSoFarWasDoneOnTimeWithARealisticTail() {
		Counts city = this.figures.totals(Selection.of(plan(), day())).city();
		double onTime = (double) city.onTime() / city.due();
		DemoFigures.record(day(), city, onTime);
		assertThat(onTime).as("on-time rate of the work due by %s", day()).isBetween(0.50, 0.90);
		assertThat(city.late()).as("late").isPositive();
		assertThat(city.overdue()).as("overdue").isPositive().isLessThan(city.due() / 5);
		assertThat(city.awaitingReview()).as("awaiting review").isPositive().isLessThan(city.due() / 10);
		assertThat(city.extended()).as("extended").isPositive();
		assertThat(
				this.jdbc.sql("select count(*) from assignment where status = 'RETURNED'").query(Long.class).single())
			.as("returned")
			.isPositive();
	}

	@Test
	void reviewsFollowSubmissionsWithinDaysAndNothingIsInTheFuture() {
		// each review against the submission it decided
		Long slowest = this.jdbc.sql("""
				select max(extract(epoch from r.created_at - s.created_at) / 86400)::bigint from progress_update r
				join lateral (select max(s.created_at) as created_at from progress_update s
				              where s.assignment_id = r.assignment_id and s.kind = 'SUBMIT'
				                and s.created_at < r.created_at) s on true
				where r.kind in ('ACCEPT', 'RETURN')""").query(Long.class).single();
		assertThat(slowest).as("days from a submission to its review").isLessThanOrEqualTo(4);
		Timestamp newest = this.jdbc.sql("select max(created_at) from progress_update").query(Timestamp.class).single();
		LocalDateTime newestAt = LocalDateTime.ofInstant(newest.toInstant(), vn.hanoi.plantracker.system.Today.ZONE);
		assertThat(newestAt.toLocalDate()).as("the newest update is within the last week")
			.isBetween(day().minusDays(7), day());
		assertThat(this.jdbc.sql("""
				select count(*) from progress_update
				where (created_at at time zone 'Asia/Ho_Chi_Minh')::date > :day""")
			.param("day", day())
			.query(Long.class)
			.single()).as("entries after the day").isZero();
	}

	@Test
	void pastRoundsWereClosedAndApprovedOnTheirOwnDatesAndNoneIsOpenLongPastItsDeadline() {
		List<Map<String, Object>> rounds = this.jdbc
			.sql("""
					select r.kind, r.year, r.status, r.due_on, (r.opened_at at time zone 'Asia/Ho_Chi_Minh')::date as opened,
					       (r.closed_at at time zone 'Asia/Ho_Chi_Minh')::date as closed,
					       (c.approved_at at time zone 'Asia/Ho_Chi_Minh')::date as approved,
					       (select count(*) from agency_report a where a.round_id = r.id and a.status = 'ACCEPTED') as accepted,
					       (select count(*) from round_agency a where a.round_id = r.id and a.required) as required
					from reporting_round r left join consolidated_report c on c.round_id = r.id order by r.due_on""")
			.query()
			.listOfRows();
		DemoFigures.recordRounds(day(), rounds);
		assertThat(rounds).isNotEmpty();
		for (Map<String, Object> round : rounds) {
			LocalDate due = ((java.sql.Date) round.get("due_on")).toLocalDate();
			LocalDate opened = ((java.sql.Date) round.get("opened")).toLocalDate();
			assertThat(opened).as("opened on the calendar's day").isEqualTo(due.minusDays(30));
			assertThat((Long) round.get("accepted")).as("reports accepted").isPositive();
			if ("OPEN".equals(round.get("status"))) {
				assertThat(ChronoUnit.DAYS.between(due, day())).as("days an open round is past its due day")
					.isLessThanOrEqualTo(30);
			}
			else {
				LocalDate closed = ((java.sql.Date) round.get("closed")).toLocalDate();
				LocalDate approved = ((java.sql.Date) round.get("approved")).toLocalDate();
				assertThat(approved).isAfter(due).isBefore(closed);
				assertThat(closed).isBefore(day());
				assertThat((Long) round.get("accepted")).as("most agencies reported")
					.isGreaterThan((Long) round.get("required") * 3 / 4);
			}
		}
	}

	/** Prints the figures the report quotes. */
	static final class DemoFigures {

		static void record(LocalDate day, Counts city, double onTime) {
			System.out.printf(
					"DEMO %s: due %d, on time %d (%.1f %%), late %d, awaiting review %d, overdue %d"
							+ " (oldest %d days), extended %d, done early %d, in progress %d, not yet due %d%n",
					day, city.due(), city.onTime(), onTime * 100, city.late(), city.awaitingReview(), city.overdue(),
					city.maxDaysOverdue(), city.extended(), city.doneEarly(), city.inProgressOnTime(),
					city.notYetDue());
		}

		static void recordRounds(LocalDate day, List<Map<String, Object>> rounds) {
			rounds.forEach((r) -> System.out.printf(
					"DEMO %s round %s %s %s due %s opened %s closed %s approved %s" + " accepted %s of %s required%n",
					day, r.get("kind"), r.get("year"), r.get("status"), r.get("due_on"), r.get("opened"),
					r.get("closed"), r.get("approved"), r.get("accepted"), r.get("required")));
		}

	}

	/**
	 * A clock fixed at 10:00 in Hanoi on the day, before the demo runs, and a database.
	 */
	static class Day {

		private final LocalDate day;

		Day(LocalDate day) {
			this.day = day;
		}

		MutableClock clock() {
			return MutableClock.atHanoiTime(this.day.atTime(10, 0));
		}

		DynamicPropertyRegistrar database() {
			String name = "plantracker_demo_" + this.day.toString().replace("-", "");
			return (registry) -> {
				registry.add("spring.datasource.url", () -> TestDatabase.url(name));
				registry.add("spring.datasource.username", TestDatabase::username);
				registry.add("spring.datasource.password", TestDatabase::password);
			};
		}

	}

}
