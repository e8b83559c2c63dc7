package vn.hanoi.plantracker.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The current date in Asia/Ho_Chi_Minh from the injected {@link Clock}; the only way code
 * asks for "today".
 */
@Component
public class Today {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The moment work replayed by {@link #replay} happened, on its thread only. */
	private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

	private final Clock clock;

	public Today(Clock clock) {
		this.clock = clock;
	}

	public LocalDate date() {
		Instant replayed = REPLAYED.get();
		return (replayed != null) ? LocalDate.ofInstant(replayed, ZONE) : LocalDate.now(this.clock.withZone(ZONE));
	}

	public Instant now() {
		Instant replayed = REPLAYED.get();
		return (replayed != null) ? replayed : this.clock.instant();
	}

	/**
	 * Runs work on this thread as if it were that moment, so that what it records carries
	 * its own date: for the demo, which writes a past that happened on earlier days
	 * through the services that write the present. Never for a user's request.
	 */
	public <T> T replay(Instant at, Supplier<T> work) {
		Instant outer = REPLAYED.get();
		REPLAYED.set(at);
		try {
			return work.get();
		}
		finally {
			if (outer != null) {
				REPLAYED.set(outer);
			}
			else {
				REPLAYED.remove();
			}
		}
	}

}
