package vn.hanoi.plantracker.plan;

/**
 * A task was withdrawn from its plan by an amendment: its assignments are closed from now
 * on, with their history kept.
 */
public record TaskWithdrawn(long taskId, long authorId, String reason) {

}
