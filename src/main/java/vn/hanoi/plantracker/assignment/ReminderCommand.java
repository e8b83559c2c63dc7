package vn.hanoi.plantracker.assignment;

import java.util.List;

/** Which assignments to remind their agencies about, and an optional message. */
public record ReminderCommand(List<Long> assignmentIds, String message) {

}
