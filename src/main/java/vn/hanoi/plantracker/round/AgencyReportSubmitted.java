package vn.hanoi.plantracker.round;

/** An agency sent its round report; it now waits on the coordinator. */
public record AgencyReportSubmitted(long roundId, long agencyId, String roundTitle, String agencyName) {
}
