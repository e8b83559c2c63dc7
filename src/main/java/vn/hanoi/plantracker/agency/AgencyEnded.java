package vn.hanoi.plantracker.agency;

import java.time.LocalDate;

/**
 * An agency's validity ends on {@code lastDay} (it merged or was dissolved); work due
 * after that day can no longer be its.
 */
public record AgencyEnded(long agencyId, LocalDate lastDay, long authorId, String reason) {

}
