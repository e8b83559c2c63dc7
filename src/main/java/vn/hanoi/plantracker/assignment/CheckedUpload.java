package vn.hanoi.plantracker.assignment;

/**
 * An evidence file that passed every check: safe name, allowed type by content, size,
 * digest.
 */
public record CheckedUpload(String name, String contentType, byte[] content, String sha256) {

}
