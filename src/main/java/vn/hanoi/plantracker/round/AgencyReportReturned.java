package vn.hanoi.plantracker.round;

/** The coordinator sent an agency's round report back, with the reason. */
public record AgencyReportReturned(long roundId, long agencyId, String roundTitle, String reason) {

}
