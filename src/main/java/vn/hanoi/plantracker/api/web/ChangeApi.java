package vn.hanoi.plantracker.api.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hanoi.plantracker.api.ApiInputException;
import vn.hanoi.plantracker.assignment.AssignmentChange;
import vn.hanoi.plantracker.assignment.AssignmentReading;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.assignment.ChangeFilter;
import vn.hanoi.plantracker.assignment.ChangeKind;
import vn.hanoi.plantracker.assignment.ChangePosition;
import vn.hanoi.plantracker.plan.PlanNotFoundException;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.PlanRepository;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.SignedIn;

/**
 * The change feed for systems that synchronise: every assignment created and every
 * report, review, deadline change, reminder and closure (a withdrawal) of the assignments
 * the token's owner may read, oldest first, after the cursor the previous call gave. An
 * officer's feed holds only its own agency's.
 */
@RestController
@SignedIn
@RequestMapping(path = "/api/v1/changes", produces = "application/json")
@Tag(name = "Changes", description = "What changed since a cursor: the feed for systems that synchronise")
class ChangeApi {

	private final AssignmentReading reading;

	private final PlanQueries planQueries;

	private final PlanRepository plans;

	ChangeApi(AssignmentReading reading, PlanQueries planQueries, PlanRepository plans) {
		this.reading = reading;
		this.planQueries = planQueries;
		this.plans = plans;
	}

	@GetMapping
	@Operation(summary = "Read the changes since a cursor",
			description = "The assignments created (`ASSIGNED`: a plan published, an agency added to a task, the next "
					+ "period of a recurring task) and the history entries (progress reports, submissions, reviews, "
					+ "deadline changes, reminders, closures: a withdrawn assignment is a `CLOSE`) of the "
					+ "assignments the caller may read, in the order they were committed, at most "
					+ "`limit` at a time. Start without `since`; then always send the `nextCursor` of the last answer "
					+ "(it is given also when nothing changed, and `more` says whether to ask again at once). An "
					+ "entry appears once every transaction that began before it has ended, so a cursor never skips "
					+ "one. An officer sees only its own agency's.")
	ChangePage changes(@AuthenticationPrincipal PlanUser user,
			@Parameter(
					description = "The `nextCursor` of the previous answer (none: from the beginning)") @RequestParam(
							required = false) String since,
			@Parameter(description = "Only this plan's assignments",
					example = "1") @RequestParam(required = false) Long plan,
			@Parameter(description = "Only this agency's", example = "12") @RequestParam(required = false) Long agency,
			@Parameter(description = "At most this many (1 to 500)",
					example = "100") @RequestParam(defaultValue = "" + AssignmentApi.DEFAULT_LIMIT) int limit) {
		AssignmentApi.checkLimit(limit);
		ChangePosition after = position(since);
		List<Long> taskIds = null;
		if (plan != null) {
			this.plans.findById(plan)
				.filter((found) -> !found.isDraft())
				.orElseThrow(() -> new PlanNotFoundException(plan));
			taskIds = this.planQueries.taskIds(plan);
		}
		List<AssignmentChange> rows = this.reading.changes(user, new ChangeFilter(after, taskIds, agency, limit + 1));
		boolean more = rows.size() > limit;
		List<AssignmentChange> page = more ? rows.subList(0, limit) : rows;
		ChangePosition last = page.isEmpty() ? after : page.get(page.size() - 1).position();
		return new ChangePage(page.stream().map(ChangeItem::of).toList(), cursor(last), more);
	}

	/** One answer of the feed. */
	record ChangePage(List<ChangeItem> items, String nextCursor, boolean more) {

	}

	/** One change: the history entry and the assignment it changed. */
	record ChangeItem(long changeId, long assignmentId, long taskId, long agencyId, ChangeKind kind, Instant at,
			AssignmentStatus statusBefore, AssignmentStatus statusAfter, int percent, LocalDate dueDate) {

		static ChangeItem of(AssignmentChange change) {
			return new ChangeItem(change.changeId(), change.assignmentId(), change.taskId(), change.agencyId(),
					change.kind(), change.at(), change.statusBefore(), change.statusAfter(), change.percent(),
					change.dueDate());
		}

	}

	static String cursor(ChangePosition position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("tx:" + position.tx() + ":" + position.id()).getBytes(StandardCharsets.UTF_8));
	}

	static ChangePosition position(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return ChangePosition.START;
		}
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8)
				.split(":");
			if (parts.length == 3 && parts[0].equals("tx")) {
				long tx = Long.parseLong(parts[1]);
				long id = Long.parseLong(parts[2]);
				if (tx >= 0 && id >= 0) {
					return new ChangePosition(tx, id);
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// not a cursor this API gave out: refused below
		}
		throw new ApiInputException("since", "api.input.cursor");
	}

}
