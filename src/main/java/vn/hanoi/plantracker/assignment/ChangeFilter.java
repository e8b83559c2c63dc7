package vn.hanoi.plantracker.assignment;

import java.util.Collection;

/**
 * Which changes of the feed: after a position, of a plan's tasks (null: every plan) and
 * one agency (null: every agency the reader may read), at most {@code limit}.
 */
public record ChangeFilter(ChangePosition after, Collection<Long> taskIds, Long agencyId, int limit) {

}
