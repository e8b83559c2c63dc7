package vn.hanoi.plantracker.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * The current date in Asia/Ho_Chi_Minh from the injected {@link Clock}; the only way code
 * asks for "today".
 */
@Component
public class Today {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Clock clock;

	public Today(Clock clock) {
		this.clock = clock;
	}

	public LocalDate date() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	public java.time.Instant now() {
		return this.clock.instant();
	}

}
