package vn.hanoi.plantracker.round;

import java.util.Map;

/**
 * An officer's report as typed: the sections, a result line per assignment id, and the
 * version the form was opened at.
 */
public record ReportCommand(long roundId, long agencyId, long version, Sections sections, Map<Long, String> results) {

}
