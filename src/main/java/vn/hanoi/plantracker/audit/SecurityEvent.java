package vn.hanoi.plantracker.audit;

import java.time.Instant;

/**
 * One recorded event. {@code username} is the account the event is about, {@code actor}
 * who caused it (the same user, an administrator, or nobody for a failed sign-in).
 */
record SecurityEvent(long id, Instant occurredAt, SecurityEventKind kind, String username, String actor,
		String clientAddress, String detail) {

}
