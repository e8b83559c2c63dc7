package vn.hanoi.plantracker.report;

import java.time.LocalDate;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.standing.Selection;

/**
 * What a report covers: one plan, optionally one kind of agency and one key area, as it
 * stood at the end of the as-of day. Pages, exports and charts take the same filter.
 */
public record ReportFilter(long planId, AgencyKind kind, Long areaId, LocalDate asOf) {

	/** The same selection, as the figure owner takes it. */
	public Selection selection() {
		return new Selection(this.planId, this.kind, this.areaId, this.asOf);
	}

}
