package vn.hanoi.plantracker.assignment.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.assignment.CheckedUpload;
import vn.hanoi.plantracker.assignment.ProgressCommand;

/**
 * What the progress form may change, and nothing else: which assignment and agency it is
 * comes from the URL and the signed-in user, never from the request body.
 */
class ProgressForm {

	@NotNull
	private Long version;

	@NotNull(message = "{validation.status.required}")
	private AssignmentStatus status;

	@NotNull(message = "{validation.percent.range}")
	@Min(value = 0, message = "{validation.percent.range}")
	@Max(value = 100, message = "{validation.percent.range}")
	private Integer percent;

	@Size(max = 4000, message = "{validation.note.size}")
	private String note;

	@Size(max = 200, message = "{validation.documentRef.size}")
	private String documentRef;

	@Size(max = 2000, message = "{progress.difficulties.size}")
	private String difficulties;

	@Size(max = 2000, message = "{progress.proposals.size}")
	private String proposals;

	private List<MultipartFile> files = new ArrayList<>();

	/**
	 * "submit" when the officer pressed "Gửi duyệt": the final report, sent for review.
	 */
	private String intent;

	ProgressCommand toCommand(List<CheckedUpload> checkedFiles) {
		boolean send = "submit".equals(this.intent);
		return new ProgressCommand(this.version, send ? AssignmentStatus.SUBMITTED : this.status,
				send ? Integer.valueOf(100) : this.percent, this.note, this.documentRef, this.difficulties,
				this.proposals, checkedFiles);
	}

	/** The "Gửi duyệt" button means: this is the final report, complete, for review. */
	boolean submitting() {
		return "submit".equals(this.intent) || this.status == AssignmentStatus.SUBMITTED;
	}

	public String getIntent() {
		return this.intent;
	}

	public void setIntent(String intent) {
		this.intent = intent;
	}

	public String getDifficulties() {
		return this.difficulties;
	}

	public void setDifficulties(String difficulties) {
		this.difficulties = difficulties;
	}

	public String getProposals() {
		return this.proposals;
	}

	public void setProposals(String proposals) {
		this.proposals = proposals;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public AssignmentStatus getStatus() {
		return this.status;
	}

	public void setStatus(AssignmentStatus status) {
		this.status = status;
	}

	public Integer getPercent() {
		return this.percent;
	}

	public void setPercent(Integer percent) {
		this.percent = percent;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getDocumentRef() {
		return this.documentRef;
	}

	public void setDocumentRef(String documentRef) {
		this.documentRef = documentRef;
	}

	public List<MultipartFile> getFiles() {
		return this.files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}

}
