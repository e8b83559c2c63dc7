package vn.hanoi.plantracker.report;

import java.util.List;

/** The department progress report: one row per agency and the total of them all. */
public record DepartmentReport(ReportFilter filter, List<DepartmentRow> rows, Counts total, RagRating totalRag) {

}
