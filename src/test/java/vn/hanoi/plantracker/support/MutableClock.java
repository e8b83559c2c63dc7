package vn.hanoi.plantracker.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The tests' clock: it stands still. It is set once, when the Spring context starts (to
 * that moment, or to the instant given), and moves only when a test sets it or advances
 * it; {@link #reset()} puts it back to where it started. It never reads the wall clock
 * after that, so what a test sees does not depend on how long the suite has run, on the
 * machine's speed or on midnight passing.
 */
public class MutableClock extends Clock {

	private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Instant start;

	private volatile Instant current;

	/** A clock standing at the moment it is made (the context's start). */
	public MutableClock() {
		this(Instant.now().truncatedTo(ChronoUnit.MILLIS));
	}

	/** A clock standing at {@code start}. */
	public MutableClock(Instant start) {
		this.start = start;
		this.current = start;
	}

	/** A clock standing at this local time in Hanoi. */
	public static MutableClock atHanoiTime(LocalDateTime hanoiTime) {
		return new MutableClock(hanoiTime.atZone(HANOI).toInstant());
	}

	public void setInstant(Instant instant) {
		this.current = instant;
	}

	/** Sets the clock to this local time in Hanoi. */
	public void setHanoiTime(LocalDateTime hanoiTime) {
		this.current = hanoiTime.atZone(HANOI).toInstant();
	}

	/** Moves the clock on by {@code amount}. */
	public void advance(Duration amount) {
		this.current = this.current.plus(amount);
	}

	/** Puts the clock back where it started. */
	public void reset() {
		this.current = this.start;
	}

	/** Where the clock started, and where {@link #reset()} puts it back. */
	public Instant start() {
		return this.start;
	}

	@Override
	public ZoneId getZone() {
		return HANOI;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		return this.current;
	}

}
