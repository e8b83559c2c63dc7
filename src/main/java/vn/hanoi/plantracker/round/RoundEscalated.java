package vn.hanoi.plantracker.round;

import java.util.List;

/**
 * Agencies still had not reported days after the round was due; leadership is told which.
 */
public record RoundEscalated(long roundId, String roundTitle, int daysLate, List<String> agencies) {

}
