package vn.hanoi.plantracker.assignment;

/**
 * A place in the change feed: after the history entry {@code id} written by transaction
 * {@code tx}. {@link #START} is before every entry.
 */
public record ChangePosition(long tx, long id) {

	public static final ChangePosition START = new ChangePosition(0, 0);

}
