package vn.hanoi.plantracker.api;

import java.time.Duration;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-node buckets of the rate limit are bounded: a bucket idle for a minute (full
 * again) is dropped, one still refilling is kept, so neither a token's limit nor the
 * node's memory depends on how many tokens it has ever seen.
 */
class ApiRateLimitsTests {

	/** A clock the test moves. */
	static final class Clock implements TimeMeter {

		long nanos = 1_000_000_000L;

		@Override
		public long currentTimeNanos() {
			return this.nanos;
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

		void pass(Duration duration) {
			this.nanos += duration.toNanos();
		}

	}

	@Test
	void idleBucketsAreDroppedAndBusyOnesKept() {
		Clock clock = new Clock();
		ApiRateLimits limits = new ApiRateLimits(3, clock);
		for (int i = 0; i < 3; i++) {
			assertThat(limits.secondsToWait(1)).isZero();
		}
		assertThat(limits.secondsToWait(1)).isPositive();

		// a crowd of tokens, each used once
		for (long token = 100; token < 100 + ApiRateLimits.SWEEP_ABOVE + 5; token++) {
			limits.secondsToWait(token);
		}
		assertThat(limits.size()).isGreaterThan(ApiRateLimits.SWEEP_ABOVE);

		// ten seconds on: nothing is idle for a minute, token 1 still waits (half a
		// request
		// refilled)
		clock.pass(Duration.ofSeconds(10));
		limits.sweep(clock.currentTimeNanos());
		assertThat(limits.size()).isGreaterThan(ApiRateLimits.SWEEP_ABOVE);
		assertThat(limits.secondsToWait(1)).as("a bucket in use keeps its count").isPositive();

		// a minute after the crowd: their buckets are full again and dropped at the next
		// request (the map is over its bound); token 1, used 51 s ago, stays
		clock.pass(Duration.ofSeconds(51));
		assertThat(limits.secondsToWait(2)).isZero();
		assertThat(limits.size()).isEqualTo(2);
	}

	@Test
	void aDroppedBucketComesBackFull() {
		Clock clock = new Clock();
		ApiRateLimits limits = new ApiRateLimits(2, clock);
		limits.secondsToWait(7);
		limits.secondsToWait(7);
		assertThat(limits.secondsToWait(7)).isPositive();
		clock.pass(Duration.ofSeconds(61));
		limits.sweep(clock.currentTimeNanos());
		assertThat(limits.size()).isZero();
		assertThat(limits.secondsToWait(7)).isZero();
		assertThat(limits.secondsToWait(7)).isZero();
		assertThat(limits.secondsToWait(7)).isPositive();
	}

}
