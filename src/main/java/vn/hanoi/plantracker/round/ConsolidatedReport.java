package vn.hanoi.plantracker.round;

import java.time.Instant;

/**
 * The city's consolidated report for a round: its current text (revision 0 before it is
 * generated) and who approved it, when.
 */
public record ConsolidatedReport(RoundDossier dossier, long version, String approvedBy, Instant approvedAt) {

	public boolean generated() {
		return this.dossier.revision() > 0;
	}

	public boolean approved() {
		return this.approvedAt != null;
	}

}
