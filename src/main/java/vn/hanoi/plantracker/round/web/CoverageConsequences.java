package vn.hanoi.plantracker.round.web;

import vn.hanoi.plantracker.round.ReportCoverage;
import vn.hanoi.plantracker.system.Confirmation;

/**
 * What a step that cannot be undone (closing a round, approving its consolidated report)
 * says first about the agency reports it rests on: of the required agencies, how many
 * reports were accepted, await review or were not sent; of the invited bodies, how many
 * sent one.
 */
final class CoverageConsequences {

	private CoverageConsequences() {
	}

	static Confirmation of(Confirmation confirmation, ReportCoverage coverage) {
		return confirmation
			.consequence("round.confirm.coverage", coverage.accepted(), coverage.required(), coverage.awaitingReview(),
					coverage.notSent())
			.consequence("round.confirm.invited", coverage.invitedSent(), coverage.invited());
	}

}
