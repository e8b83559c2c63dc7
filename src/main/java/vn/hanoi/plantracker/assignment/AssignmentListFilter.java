package vn.hanoi.plantracker.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Filters of the machine-readable list of assignments; null means "any". {@code taskIds}
 * limits the list to the tasks of a plan (as the plan module names them); {@code afterId}
 * and {@code limit} page through it by id.
 */
public record AssignmentListFilter(Collection<Long> taskIds, Long agencyId, AssignmentStatus status,
		LocalDate dueBefore, LocalDate dueAfter, Instant updatedSince, boolean overdueOnly, long afterId, int limit) {

}
