package vn.hanoi.plantracker.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API token ({@code plantracker.api.requests-per-minute}, refilled
 * evenly over the minute): one busy system cannot starve the others or the city's browser
 * users. The buckets live in this node's memory, so behind several nodes the limit is per
 * node (n nodes let a token make up to n times the limit).
 * <p>
 * A bucket left alone for a minute has refilled completely: it is then exactly what a new
 * one would be, so it is dropped (losslessly). The map therefore holds only the tokens
 * used in the last minute or so, whatever the number of tokens ever seen; it is swept
 * every {@value #SWEEP_EVERY} requests and whenever it holds more than
 * {@value #SWEEP_ABOVE} buckets.
 */
@Component
class ApiRateLimits {

	static final int SWEEP_EVERY = 1024;

	static final int SWEEP_ABOVE = 10_000;

	private static final long IDLE_NANOS = Duration.ofMinutes(1).toNanos();

	private final Map<Long, Entry> buckets = new ConcurrentHashMap<>();

	private final AtomicLong requests = new AtomicLong();

	private final int perMinute;

	private final TimeMeter time;

	@Autowired
	ApiRateLimits(@Value("${plantracker.api.requests-per-minute:120}") int perMinute) {
		this(perMinute, TimeMeter.SYSTEM_NANOTIME);
	}

	ApiRateLimits(int perMinute, TimeMeter time) {
		this.perMinute = perMinute;
		this.time = time;
	}

	/**
	 * Takes one request from the token's bucket: 0 when it may go on, otherwise the whole
	 * seconds to wait.
	 */
	long secondsToWait(long tokenId) {
		long now = this.time.currentTimeNanos();
		if (this.requests.incrementAndGet() % SWEEP_EVERY == 0 || this.buckets.size() > SWEEP_ABOVE) {
			sweep(now);
		}
		Entry entry = this.buckets.computeIfAbsent(tokenId, (id) -> new Entry(newBucket()));
		entry.lastUsed = now;
		ConsumptionProbe probe = entry.bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
	}

	/** Drops the buckets not used for a minute (full again: a new one is the same). */
	void sweep(long now) {
		this.buckets.entrySet().removeIf((e) -> now - e.getValue().lastUsed >= IDLE_NANOS);
	}

	int size() {
		return this.buckets.size();
	}

	int perMinute() {
		return this.perMinute;
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.withCustomTimePrecision(this.time)
			.addLimit(Bandwidth.builder()
				.capacity(this.perMinute)
				.refillGreedy(this.perMinute, Duration.ofMinutes(1))
				.build())
			.build();
	}

	private static final class Entry {

		private final Bucket bucket;

		private volatile long lastUsed;

		Entry(Bucket bucket) {
			this.bucket = bucket;
		}

	}

}
