package vn.hanoi.plantracker.assignment;

/** An evidence file's metadata, without its content. */
public record EvidenceMeta(long id, long updateId, String name, String contentType, long size, String sha256) {

	public String sizeText() {
		return (this.size >= 1024 * 1024) ? String.format("%.1f MB", this.size / 1048576.0)
				: String.format("%d KB", Math.max(1, this.size / 1024));
	}

}
