package vn.hanoi.plantracker.audit;

import java.time.LocalDate;

/** What the administrator narrows the log to; every part optional. */
public record SecurityEventFilter(SecurityEventKind kind, String username, String clientAddress, LocalDate from,
		LocalDate to) {

	public static SecurityEventFilter none() {
		return new SecurityEventFilter(null, null, null, null, null);
	}

}
