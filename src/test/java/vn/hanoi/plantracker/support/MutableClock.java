package vn.hanoi.plantracker.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock tests can set; it follows the system clock until told otherwise.
 */
public class MutableClock extends Clock {

	private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	private volatile Instant fixed;

	public void setInstant(Instant instant) {
		this.fixed = instant;
	}

	/** Sets the clock to this local time in Hanoi. */
	public void setHanoiTime(LocalDateTime hanoiTime) {
		this.fixed = hanoiTime.atZone(HANOI).toInstant();
	}

	public void reset() {
		this.fixed = null;
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
		Instant current = this.fixed;
		return (current != null) ? current : Instant.now();
	}

}
