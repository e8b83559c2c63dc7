package vn.hanoi.plantracker.api.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.hanoi.plantracker.api.ApiInputException;
import vn.hanoi.plantracker.assignment.AssignmentListRow;
import vn.hanoi.plantracker.assignment.AssignmentReading;
import vn.hanoi.plantracker.assignment.AssignmentService;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.assignment.CheckedUpload;
import vn.hanoi.plantracker.assignment.EvidenceRules;
import vn.hanoi.plantracker.assignment.ProgressCommand;
import vn.hanoi.plantracker.system.OversizeUploads;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.SignedIn;

/**
 * Assignments: the list by filter (paged with a cursor), one assignment, its history and
 * an officer's progress report. The same object rules as the browser: an officer reads
 * only its own agency's (another agency's assignment is 404) and reports only on those.
 */
@RestController
@SignedIn
@RequestMapping(path = "/api/v1/assignments", produces = "application/json")
@Tag(name = "Assignments", description = "One agency's responsibility for one task, its history and progress reports")
class AssignmentApi {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 500;

	/** A page size must be 1 to {@link #MAX_LIMIT}; else the caller is told the range. */
	static void checkLimit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new ApiInputException("limit", "api.input.limit", MAX_LIMIT);
		}
	}

	private final AssignmentReading reading;

	private final AssignmentService service;

	private final AssignmentListPages pages;

	private final Today today;

	private final EvidenceRules evidenceRules;

	AssignmentApi(AssignmentReading reading, AssignmentService service, AssignmentListPages pages, Today today,
			EvidenceRules evidenceRules) {
		this.evidenceRules = evidenceRules;
		this.reading = reading;
		this.service = service;
		this.pages = pages;
		this.today = today;
	}

	@GetMapping
	@Operation(summary = "List assignments",
			description = "The open assignments the token's owner may read, in id order, at most `limit` at a time; "
					+ "`nextCursor` (null on the last page) asks for the next page. An officer sees only its own "
					+ "agency's. Overdue: due before today and neither completed nor submitted.")
	AssignmentPageBody list(@AuthenticationPrincipal PlanUser user,
			@Parameter(description = "Only this plan's assignments",
					example = "1") @RequestParam(required = false) Long plan,
			@Parameter(description = "Only this agency's", example = "12") @RequestParam(required = false) Long agency,
			@Parameter(description = "Only in this status") @RequestParam(required = false) AssignmentStatus status,
			@Parameter(description = "Due before this day (exclusive)", example = "2026-12-31") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
			@Parameter(description = "Due after this day (exclusive)", example = "2026-01-01") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter,
			@Parameter(description = "Updated at or after this moment (ISO-8601)",
					example = "2026-11-01T00:00:00Z") @RequestParam(required = false) String updatedSince,
			@Parameter(description = "Only overdue ones") @RequestParam(defaultValue = "false") boolean overdue,
			@Parameter(description = "The `nextCursor` of the previous page") @RequestParam(
					required = false) String cursor,
			@Parameter(description = "At most this many (1 to 500)",
					example = "100") @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
		checkLimit(limit);
		return this.pages.page(user, new AssignmentListPages.Query(plan, agency, status, dueBefore, dueAfter,
				instant(updatedSince), overdue, afterId(cursor), limit));
	}

	@GetMapping("/{assignmentId}")
	@Operation(summary = "Read one assignment",
			description = "The assignment, its task and agency, its status and `version` (send it back with a "
					+ "progress report). 404 for an id that does not exist or that the caller may not read.")
	AssignmentDetail assignment(@AuthenticationPrincipal PlanUser user,
			@Parameter(example = "42") @PathVariable long assignmentId) {
		return AssignmentDetail.of(this.reading.page(user, assignmentId), this.today.date());
	}

	@GetMapping("/{assignmentId}/history")
	@Operation(summary = "Read an assignment's history",
			description = "Every report, review and deadline change, newest first, with the names of attached files.")
	List<HistoryItem> history(@AuthenticationPrincipal PlanUser user,
			@Parameter(example = "42") @PathVariable long assignmentId) {
		return this.reading.page(user, assignmentId).history().stream().map(HistoryItem::of).toList();
	}

	@PostMapping(path = "/{assignmentId}/progress", consumes = "application/json")
	@Operation(summary = "Report progress",
			description = "An officer of the assignment's agency records progress or submits the work for review "
					+ "(status SUBMITTED: 100 percent and a note), exactly as the progress form does. Needs a "
					+ "read-write token. 409 when `version` is not the assignment's current one (someone saved in "
					+ "between: read it again); 422 when the workflow refuses the step; 400 for invalid values. "
					+ "To attach evidence files, send the same report as multipart/form-data.")
	AssignmentDetail progress(@AuthenticationPrincipal PlanUser user,
			@Parameter(example = "42") @PathVariable long assignmentId, @RequestBody ProgressRequest body) {
		return report(user, assignmentId, body, List.of(), false);
	}

	@PostMapping(path = "/{assignmentId}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Report progress with evidence files",
			description = "The same report as the JSON one, as multipart/form-data: the part `progress` holds the "
					+ "report as JSON (Content-Type application/json), the parts `files` up to 5 evidence files (PDF, "
					+ "DOCX, XLSX, ODT, JPG or PNG, at most 10 MB each), checked exactly as the progress form checks "
					+ "them (type by content, active content in PDFs and Office files refused). A refused file is a "
					+ "400 naming it, and nothing is saved. A retry after a lost answer sends the version read "
					+ "before and gets 409, so a report is never stored twice.")
	AssignmentDetail progressWithFiles(@AuthenticationPrincipal PlanUser user, HttpServletRequest request,
			@Parameter(example = "42") @PathVariable long assignmentId, @RequestPart("progress") ProgressRequest body,
			@RequestPart(name = "files", required = false) List<MultipartFile> files) {
		return report(user, assignmentId, body, (files != null) ? files : List.of(), OversizeUploads.refused(request));
	}

	/**
	 * The report, checked and saved by the service, which decides who reports (another
	 * agency's assignment is 404 before any role, body or file check, as on the page;
	 * anyone but its officers 403) before it asks for the report; the page is read once,
	 * for the answer.
	 */
	private AssignmentDetail report(PlanUser user, long assignmentId, ProgressRequest body, List<MultipartFile> files,
			boolean oversize) {
		this.service.recordProgressOnceAllowed(user, assignmentId, () -> checked(body, files, oversize));
		return AssignmentDetail.of(this.reading.page(user, assignmentId), this.today.date());
	}

	/** The report, its body and files checked as the progress form checks them. */
	private ProgressCommand checked(ProgressRequest body, List<MultipartFile> files, boolean oversize) {
		ProgressCommand command = body.toCommand();
		if (oversize) {
			throw new ApiInputException("files", "evidence.requestTooLarge");
		}
		List<CheckedUpload> checked = new ArrayList<>();
		List<ApiInputException.Refusal> refusals = this.evidenceRules.check(files, checked)
			.stream()
			.map((refusal) -> new ApiInputException.Refusal("files", refusal.code(), refusal.args()))
			.toList();
		if (!refusals.isEmpty()) {
			throw new ApiInputException(refusals);
		}
		return command.withFiles(checked);
	}

	/** One page of the list. */
	record AssignmentPageBody(List<AssignmentItem> items, String nextCursor) {

	}

	/** One assignment of the list. */
	record AssignmentItem(long id, long version, long taskId, long agencyId, String role, boolean requested,
			String period, LocalDate dueDate, LocalDate originalDueDate, AssignmentStatus status, int percent,
			LocalDate completedOn, Instant lastUpdateAt, boolean overdue) {

		static AssignmentItem of(AssignmentListRow row, LocalDate today) {
			return new AssignmentItem(row.id(), row.version(), row.taskId(), row.agencyId(), row.role().name(),
					row.requested(), row.period(), row.dueDate(), row.originalDueDate(), row.status(), row.percent(),
					row.completedOn(), row.lastUpdateAt(), row.overdue(today));
		}

	}

	private static Instant instant(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return java.time.OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new ApiInputException("updatedSince", "api.input.instant");
		}
	}

	static String cursorAfter(long id) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("id:" + id).getBytes(StandardCharsets.UTF_8));
	}

	static long afterId(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return 0;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
			if (text.startsWith("id:")) {
				long id = Long.parseLong(text.substring(3));
				if (id >= 0) {
					return id;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// not a cursor this API gave out: refused below
		}
		throw new ApiInputException("cursor", "api.input.cursor");
	}

}
