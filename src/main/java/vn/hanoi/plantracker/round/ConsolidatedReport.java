package vn.hanoi.plantracker.round;

import java.time.Instant;

/**
 * The city's consolidated report for a round: its current text (revision 0 before it is
 * generated), who approved it, when, and whether an agency report was accepted or
 * returned after the draft was generated ({@code outdated}: it must be generated again
 * before approval).
 */
public record ConsolidatedReport(RoundDossier dossier, long version, String approvedBy, Instant approvedAt,
		boolean outdated) {

	/** How many of the agencies required to report have a report accepted. */
	public long acceptedRequired() {
		return this.dossier.agencies()
			.stream()
			.filter((p) -> p.required() && p.status() == ReportStatus.ACCEPTED)
			.count();
	}

	/** How many agencies are required to report. */
	public long required() {
		return this.dossier.agencies().stream().filter(RoundDossier.Part::required).count();
	}

	public boolean generated() {
		return this.dossier.revision() > 0;
	}

	public boolean approved() {
		return this.approvedAt != null;
	}

}
