package vn.hanoi.plantracker.round;

/**
 * The coordinator generated a draft of the city's consolidated report; it waits on
 * leadership's approval.
 */
public record ConsolidatedReportDrafted(long roundId, String roundTitle, long revision) {
}
