package vn.hanoi.plantracker.plan;

import java.util.Set;

/**
 * The coordinator added agencies to a task, removed some, or changed their role; the
 * assignments follow. {@code reason} is required when agencies were removed.
 */
public record TaskAgenciesChanged(long taskId, Schedule schedule, Set<Long> added, Set<Long> removed, long authorId,
		String reason) {

}
