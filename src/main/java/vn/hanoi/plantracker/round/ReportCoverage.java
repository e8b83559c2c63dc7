package vn.hanoi.plantracker.round;

/**
 * How many of a round's agency reports are in, by the agency report statuses: of the
 * required agencies, how many reports were accepted, how many were sent and await the
 * coordinator, how many were not sent (missing, a draft, or returned); and of the invited
 * bodies, how many sent one. What a leader reads before approving the consolidated report
 * and the coordinator before closing the round.
 */
public record ReportCoverage(long required, long accepted, long awaitingReview, long notSent, long invited,
		long invitedSent) {

	/** Every required agency's report is accepted. */
	public boolean complete() {
		return this.required == this.accepted;
	}

}
