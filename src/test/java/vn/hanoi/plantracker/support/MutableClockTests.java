package vn.hanoi.plantracker.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests' clock never reads the wall clock once made: it stands where it was set,
 * moves only when told, and {@link MutableClock#reset()} puts it back where it started
 * (not to "now").
 */
class MutableClockTests {

	private static final Instant START = Instant.parse("2071-03-04T01:02:03Z");

	@Test
	void itStandsStillUntilATestMovesIt() {
		MutableClock clock = new MutableClock(START);
		for (int i = 0; i < 10_000; i++) {
			assertThat(clock.instant()).isEqualTo(START);
		}
		clock.advance(Duration.ofMinutes(90));
		assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(90)));
		assertThat(clock.withZone(java.time.ZoneOffset.UTC).instant()).isEqualTo(clock.instant());
	}

	@Test
	void resetGoesBackToWhereItStartedNeverToTheWallClock() {
		MutableClock clock = new MutableClock(START);
		clock.setHanoiTime(LocalDateTime.of(2070, 12, 31, 23, 59));
		assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2070, 12, 31));
		clock.reset();
		assertThat(clock.instant()).isEqualTo(START).isEqualTo(clock.start());
	}

	@Test
	void aClockMadeAtAHanoiTimeStartsThere() {
		MutableClock clock = MutableClock.atHanoiTime(LocalDateTime.of(2070, 6, 1, 10, 0));
		assertThat(clock.instant()).isEqualTo(Instant.parse("2070-06-01T03:00:00Z"));
		clock.advance(Duration.ofDays(1));
		clock.reset();
		assertThat(clock.instant()).isEqualTo(Instant.parse("2070-06-01T03:00:00Z"));
	}

}
