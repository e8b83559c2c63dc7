package vn.hanoi.plantracker.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;

/**
 * A file attached to a history entry, kept in PostgreSQL (bytea) so that it is saved,
 * backed up and restored together with the entry it proves. Lists read only its metadata
 * (see {@link AssignmentQueries}).
 */
@Entity
@Immutable
class EvidenceFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "progress_update_id")
	private ProgressUpdate progressUpdate;

	private String originalName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	private byte[] content;

	protected EvidenceFile() {
	}

	EvidenceFile(ProgressUpdate progressUpdate, CheckedUpload upload) {
		this.progressUpdate = progressUpdate;
		this.originalName = upload.name();
		this.contentType = upload.contentType();
		this.sizeBytes = upload.content().length;
		this.sha256 = upload.sha256();
		this.content = upload.content();
	}

	Long getId() {
		return this.id;
	}

}
