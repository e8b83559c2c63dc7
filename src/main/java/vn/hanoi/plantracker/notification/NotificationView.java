package vn.hanoi.plantracker.notification;

import java.time.Instant;
import java.time.LocalDateTime;

import vn.hanoi.plantracker.system.Today;

/**
 * One notification as its recipient sees it; {@code subject} is the task code when it is
 * about one assignment.
 */
public record NotificationView(long id, NotificationKind kind, Long assignmentId, int itemCount, String subject,
		String detail, Instant createdAt, boolean read, Long roundId, Long agencyId) {

	public LocalDateTime createdAtHanoi() {
		return LocalDateTime.ofInstant(this.createdAt, Today.ZONE);
	}

	/** Where opening this notification leads. */
	public String target() {
		if (this.kind.aboutRound()) {
			return roundTarget();
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

	/**
	 * Where to act on a round: the agency's report (to send, revise or review it), the
	 * consolidated report (to approve it, or to read it approved), the round's dashboard
	 * (an escalation); a notification written before rounds were named, the list.
	 */
	private String roundTarget() {
		if (this.roundId == null) {
			return "/rounds";
		}
		String round = "/rounds/" + this.roundId;
		return switch (this.kind) {
			case ROUND_DRAFTED, ROUND_APPROVED -> round + "/consolidated";
			case ROUND_ESCALATED -> round;
			default -> (this.agencyId != null) ? round + "/reports/" + this.agencyId : round;
		};
	}

}
