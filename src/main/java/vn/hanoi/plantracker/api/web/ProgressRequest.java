package vn.hanoi.plantracker.api.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.hanoi.plantracker.api.ApiInputException;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.assignment.ProgressCommand;
import vn.hanoi.plantracker.system.InputRules;

/**
 * What a progress report through the API may say: the same fields and limits as the
 * progress form (files are not taken here). Which assignment and agency it is comes from
 * the address and the token, never from the body.
 */
@Schema(description = "A progress report on one assignment")
record ProgressRequest(
		@Schema(description = "The assignment's version as last read", example = "3",
				requiredMode = Schema.RequiredMode.REQUIRED) Long version,
		@Schema(description = "The new status (IN_PROGRESS, or SUBMITTED to send the work for review)",
				example = "IN_PROGRESS", requiredMode = Schema.RequiredMode.REQUIRED) AssignmentStatus status,
		@Schema(description = "Percent complete, 0 to 100 (100 to submit)", example = "60",
				requiredMode = Schema.RequiredMode.REQUIRED) Integer percent,
		@Schema(description = "What was done (needed to submit), at most 4,000 characters",
				example = "Held 3 training sessions for 120 ward officials") String note,
		@Schema(description = "Reference of the document that reports it, at most 200 characters",
				example = "123/BC-SYT") String documentRef,
		@Schema(description = "Difficulties met, at most 2,000 characters") String difficulties,
		@Schema(description = "Proposals to the coordinator, at most 2,000 characters") String proposals) {

	static final int NOTE_MAX = 4000;

	static final int DOCUMENT_REF_MAX = 200;

	static final int CONCERN_MAX = 2000;

	/** The command, or a 400 naming every field that is not right. */
	ProgressCommand toCommand() {
		List<ApiInputException.Refusal> refusals = new ArrayList<>();
		if (this.version == null || this.version < 0) {
			refusals.add(new ApiInputException.Refusal("version", "api.input.version"));
		}
		if (this.status == null) {
			refusals.add(new ApiInputException.Refusal("status", "validation.status.required"));
		}
		if (this.percent == null || this.percent < 0 || this.percent > 100) {
			refusals.add(new ApiInputException.Refusal("percent", "validation.percent.range"));
		}
		text(refusals, "note", this.note, NOTE_MAX, "validation.note.size");
		text(refusals, "documentRef", this.documentRef, DOCUMENT_REF_MAX, "validation.documentRef.size");
		text(refusals, "difficulties", this.difficulties, CONCERN_MAX, "progress.difficulties.size");
		text(refusals, "proposals", this.proposals, CONCERN_MAX, "progress.proposals.size");
		if (!refusals.isEmpty()) {
			throw new ApiInputException(refusals);
		}
		return new ProgressCommand(this.version, this.status, this.percent, this.note, this.documentRef,
				this.difficulties, this.proposals, List.of());
	}

	private static void text(List<ApiInputException.Refusal> refusals, String field, String value, int max,
			String tooLong) {
		if (value == null) {
			return;
		}
		if (InputRules.hasControlCharacters(value)) {
			refusals.add(new ApiInputException.Refusal(field, "typeMismatch.java.lang.String"));
		}
		else if (value.length() > max) {
			refusals.add(new ApiInputException.Refusal(field, tooLong));
		}
	}

}
