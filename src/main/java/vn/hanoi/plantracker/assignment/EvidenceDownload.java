package vn.hanoi.plantracker.assignment;

/** An evidence file to send to a user allowed to see its assignment. */
public record EvidenceDownload(String name, String contentType, byte[] content) {

}
