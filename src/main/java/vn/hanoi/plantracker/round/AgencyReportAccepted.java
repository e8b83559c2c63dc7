package vn.hanoi.plantracker.round;

/** The coordinator accepted an agency's round report. */
public record AgencyReportAccepted(long roundId, long agencyId, String roundTitle) {

}
