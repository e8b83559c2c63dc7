package vn.hanoi.plantracker.assignment;

import java.util.List;

/**
 * The coordinator reminded an agency about some of its assignments, with an optional
 * message.
 */
public record ReminderSent(long agencyId, List<Long> assignmentIds, String message) {

}
