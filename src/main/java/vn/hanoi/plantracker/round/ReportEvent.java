package vn.hanoi.plantracker.round;

import java.time.Instant;

/** One entry of a report's history. */
public record ReportEvent(Instant at, String actor, String action, String note) {

}
