package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;

/** The coordinator's direct change: the version it saw, the new date and the reason. */
public record DueDateChangeCommand(long version, LocalDate newDueDate, String reason) {

}
