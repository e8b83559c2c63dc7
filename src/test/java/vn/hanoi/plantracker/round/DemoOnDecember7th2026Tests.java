package vn.hanoi.plantracker.round;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.test.context.DynamicPropertyRegistrar;

import vn.hanoi.plantracker.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo first started on 07/12/2026, the day the issue was tried; then started again a
 * month later on the same data (nothing already there changes), and again after the next
 * round's window has begun, on two nodes at once (the calendar opens it once). The
 * restarts run last: they move this context's clock and its data on.
 */
@Import(DemoOnDecember7th2026Tests.Config.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoOnDecember7th2026Tests extends DemoDayTests {

	static final LocalDate DAY = LocalDate.of(2026, 12, 7);

	@Autowired
	ApplicationContext context;

	@Autowired
	RoundCatchUp catchUp;

	@Override
	LocalDate day() {
		return DAY;
	}

	/**
	 * What the demo wrote, row by row: a start that rewrote any of it would change it.
	 */
	private String history() {
		return this.jdbc
			.sql("""
					select md5(coalesce(string_agg(x, '|' order by x), '')) from (
					    select concat_ws(',', 'p', id, assignment_id, author_id, created_at, kind, status_after, percent,
					                     note, due_date_after) as x from progress_update
					    union all
					    select concat_ws(',', 'a', id, status, percent_complete, due_date, completed_on, submitted_at)
					    from assignment
					    union all
					    select concat_ws(',', 'r', id, kind, year, status, opened_at, closed_at, due_on) from reporting_round
					    union all
					    select concat_ws(',', 'ar', id, round_id, agency_id, status, submitted_at, decided_at)
					    from agency_report
					    union all
					    select concat_ws(',', 'u', id, username) from app_user) rows""")
			.query(String.class)
			.single();
	}

	private void startAgainOn(LocalDate day) throws Exception {
		this.clock.setHanoiTime(day.atTime(8, 0));
		List<ApplicationRunner> runners = new java.util.ArrayList<>(
				this.context.getBeansOfType(ApplicationRunner.class).values());
		AnnotationAwareOrderComparator.sort(runners);
		ApplicationArguments args = new DefaultApplicationArguments();
		for (ApplicationRunner runner : runners) {
			runner.run(args);
		}
	}

	@Test
	@Order(Integer.MAX_VALUE - 1)
	void aStartAMonthLaterOnTheSameDataRewritesNothing() throws Exception {
		String before = history();
		long rounds = this.jdbc.sql("select count(*) from reporting_round").query(Long.class).single();
		startAgainOn(DAY.plusMonths(1));
		int[] caughtUp = this.catchUp.catchUp();
		assertThat(history()).isEqualTo(before);
		// the annual 2026 round is open past its due day: the agencies still missing are
		// escalated, once
		assertThat(caughtUp[1]).as("missing reports escalated").isPositive();
		assertThat(this.catchUp.catchUp()).containsExactly(0, 0);
		assertThat(this.jdbc.sql("select count(*) from reporting_round").query(Long.class).single())
			.as("the calendar has nothing to open on 07/01/2027")
			.isEqualTo(rounds);
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void theCalendarCatchesUpOnceAfterAStartPastTheWindowOnTwoNodes() throws Exception {
		// down from January to 25 May 2027: the six-month round's window opened on 16 May
		LocalDate day = LocalDate.of(2027, 5, 25);
		startAgainOn(day);
		assertThat(this.jdbc.sql("select count(*) from reporting_round where year = 2027").query(Long.class).single())
			.isZero();
		CompletableFuture<int[]> one = CompletableFuture.supplyAsync(this.catchUp::catchUp);
		CompletableFuture<int[]> two = CompletableFuture.supplyAsync(this.catchUp::catchUp);
		int[] first = one.get();
		int[] second = two.get();
		assertThat(first[0] + second[0]).as("rounds opened by the two nodes").isEqualTo(1);
		assertThat(first[1] + second[1]).as("nothing left to escalate").isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from reporting_round
				where year = 2027 and kind = 'HALF_YEAR' and status = 'OPEN' and opened_by is null""")
			.query(Long.class)
			.single()).isEqualTo(1);
		int[] again = this.catchUp.catchUp();
		assertThat(again).as("a third start").containsExactly(0, 0);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new Day(DAY).clock();
		}

		@Bean
		DynamicPropertyRegistrar demoDatabase() {
			return new Day(DAY).database();
		}

	}

}
