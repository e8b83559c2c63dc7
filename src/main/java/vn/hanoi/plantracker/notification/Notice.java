package vn.hanoi.plantracker.notification;

/**
 * What one notification says, the same in every channel: its kind, the objects it is
 * about (an assignment, a round and agency), how many items, the subject (for one
 * assignment, its task code) and the detail. Decided once per event by
 * {@link NotificationListener} (or a daily job) and handed to the bell and to email.
 */
record Notice(NotificationKind kind, Long assignmentId, int itemCount, String subject, String detail, Long roundId,
		Long agencyId) {

	/** A notice about no round (an assignment's, the digest, the escalation). */
	static Notice of(NotificationKind kind, Long assignmentId, int itemCount, String subject, String detail) {
		return new Notice(kind, assignmentId, itemCount, subject, detail, null, null);
	}

	/** Where opening it leads: the place to act. */
	String target() {
		return NotificationView.targetOf(this.kind, this.assignmentId, this.roundId, this.agencyId);
	}

}
