package vn.hanoi.plantracker.assignment;

import java.util.List;

/**
 * An officer's progress report on one assignment, already validated for form and files.
 */
public record ProgressCommand(long version, AssignmentStatus target, int percent, String note, String documentRef,
		String difficulties, String proposals, List<CheckedUpload> files) {

	/** The same report with these checked files. */
	public ProgressCommand withFiles(List<CheckedUpload> checked) {
		return new ProgressCommand(this.version, this.target, this.percent, this.note, this.documentRef,
				this.difficulties, this.proposals, List.copyOf(checked));
	}

}
