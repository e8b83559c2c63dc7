package vn.hanoi.plantracker.round;

/** Leadership approved the city's consolidated report. */
public record ConsolidatedReportApproved(long roundId, String roundTitle, String approvedBy) {
}
