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
		return targetOf(this.kind, this.assignmentId, this.roundId, this.agencyId);
	}

	/**
	 * Where a notification of this kind about these objects leads: the place to act. The
	 * in-app list and the email's link both ask here.
	 */
	static String targetOf(NotificationKind kind, Long assignmentId, Long roundId, Long agencyId) {
		if (kind.aboutRound()) {
			return roundTarget(kind, roundId, agencyId);
		}
		if (assignmentId != null) {
			return "/assignments/" + assignmentId;
		}
		return switch (kind) {
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
	private static String roundTarget(NotificationKind kind, Long roundId, Long agencyId) {
		if (roundId == null) {
			return "/rounds";
		}
		String round = "/rounds/" + roundId;
		return switch (kind) {
			case ROUND_DRAFTED, ROUND_APPROVED -> round + "/consolidated";
			case ROUND_ESCALATED -> round;
			default -> (agencyId != null) ? round + "/reports/" + agencyId : round;
		};
	}

}
