package vn.hanoi.plantracker.report;

import java.util.List;
import vn.hanoi.plantracker.standing.Counts;

/**
 * The department progress report: one row per agency for the city's own work with its
 * total, and apart from it the bodies the city can only request (Procuracy, Court,
 * Fatherland Front and its unions), with their own total, never in the city's rates.
 */
public record DepartmentReport(ReportFilter filter, List<DepartmentRow> rows, Counts total, RagRating totalRag,
		List<DepartmentRow> requestedRows, Counts requestedTotal) {

}
