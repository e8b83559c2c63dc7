package vn.hanoi.plantracker.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API token ({@code plantracker.api.requests-per-minute}, refilled
 * evenly over the minute): one busy system cannot starve the others or the city's browser
 * users. The buckets live in this node's memory, so behind several nodes the limit is per
 * node.
 */
@Component
class ApiRateLimits {

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perMinute;

	ApiRateLimits(@Value("${plantracker.api.requests-per-minute:120}") int perMinute) {
		this.perMinute = perMinute;
	}

	/**
	 * Takes one request from the token's bucket: 0 when it may go on, otherwise the whole
	 * seconds to wait.
	 */
	long secondsToWait(long tokenId) {
		Bucket bucket = this.buckets.computeIfAbsent(tokenId,
				(id) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.perMinute)
						.refillGreedy(this.perMinute, Duration.ofMinutes(1))
						.build())
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
	}

	int perMinute() {
		return this.perMinute;
	}

}
