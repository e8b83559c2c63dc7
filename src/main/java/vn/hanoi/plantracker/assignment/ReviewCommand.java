package vn.hanoi.plantracker.assignment;

/**
 * The coordinator's decision on a submitted assignment: the version reviewed and a note
 * or reason.
 */
public record ReviewCommand(long version, String note) {

}
