package vn.hanoi.plantracker.report;

import java.util.List;

import vn.hanoi.plantracker.standing.Metric;

/**
 * One page of exactly the assignments behind a figure of a report: the same filter and
 * as-of day, the metric, the city's work, the requested bodies' or both ({@code scope}),
 * one agency or all. {@code total} equals the figure clicked.
 */
public record DrillDown(ReportFilter filter, Metric metric, Scope scope, Long agencyId, List<AssignmentLine> lines,
		long total, int page, int pageSize) {

	/** Rows a page shows: 20, so that a page stays short on a phone. */
	public static final int PAGE_SIZE = 20;

	/** Whose work a figure counts. */
	public enum Scope {

		/** The city's own work: what its rates are made of. */
		CITY(false),
		/** The bodies the city can only request (Procuracy, Court, Front and unions). */
		REQUESTED(true),
		/** Both: an agency's own page. */
		ALL(null);

		private final Boolean requested;

		Scope(Boolean requested) {
			this.requested = requested;
		}

		Boolean requested() {
			return this.requested;
		}

	}

	public int pages() {
		return (int) Math.max(1, (this.total + this.pageSize - 1) / this.pageSize);
	}

	public int firstRow() {
		return (this.total == 0) ? 0 : (this.page - 1) * this.pageSize + 1;
	}

	public int lastRow() {
		return (this.page - 1) * this.pageSize + this.lines.size();
	}

}
