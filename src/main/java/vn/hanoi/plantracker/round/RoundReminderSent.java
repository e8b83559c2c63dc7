package vn.hanoi.plantracker.round;

import java.time.LocalDate;

/** The coordinator reminded an agency to send its report for a round. */
public record RoundReminderSent(long roundId, long agencyId, String roundTitle, LocalDate dueOn) {

}
