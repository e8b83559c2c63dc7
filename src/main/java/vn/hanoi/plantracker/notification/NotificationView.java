package vn.hanoi.plantracker.notification;

import java.time.Instant;
import java.time.LocalDateTime;

import vn.hanoi.plantracker.system.Today;

/**
 * One notification as its recipient sees it; {@code subject} is the task code when it is
 * about one assignment.
 */
public record NotificationView(long id, NotificationKind kind, Long assignmentId, int itemCount, String subject,
		String detail, Instant createdAt, boolean read) {

	public LocalDateTime createdAtHanoi() {
		return LocalDateTime.ofInstant(this.createdAt, Today.ZONE);
	}

	/** Where opening this notification leads. */
	public String target() {
		if (this.kind.aboutRound()) {
			return "/rounds";
		}
		if (this.assignmentId != null) {
			return "/assignments/" + this.assignmentId;
		}
		return switch (this.kind) {
			case ESCALATION -> "/coordinator/attention";
			case SUBMITTED -> "/coordinator/review";
			case EXTENSION_REQUESTED -> "/coordinator/extensions";
			default -> "/my/assignments?overdue=true";
		};
	}

}
