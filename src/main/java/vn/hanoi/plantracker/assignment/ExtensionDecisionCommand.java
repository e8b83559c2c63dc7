package vn.hanoi.plantracker.assignment;

/** The coordinator's decision on a request: the request version seen and a note. */
public record ExtensionDecisionCommand(long version, String note) {

}
