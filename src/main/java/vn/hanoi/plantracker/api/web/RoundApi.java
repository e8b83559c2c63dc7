package vn.hanoi.plantracker.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hanoi.plantracker.plan.PlanNotFoundException;
import vn.hanoi.plantracker.plan.PlanRepository;
import vn.hanoi.plantracker.round.AgencyReports;
import vn.hanoi.plantracker.round.ReportStatus;
import vn.hanoi.plantracker.round.RoundDashboard;
import vn.hanoi.plantracker.round.RoundDossier;
import vn.hanoi.plantracker.round.RoundKind;
import vn.hanoi.plantracker.round.RoundStatus;
import vn.hanoi.plantracker.round.RoundSummary;
import vn.hanoi.plantracker.round.Rounds;
import vn.hanoi.plantracker.round.Sections;
import vn.hanoi.plantracker.standing.Standing;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.SignedIn;

/**
 * Reporting rounds and the agencies' reports in them, read-only. Who may read what is the
 * round module's rule, asked on every call: an officer lists the rounds that name its
 * agency and reads its own agency's report only (another agency's is 404); the overview
 * of a round is for the coordinator, leadership and administrators.
 */
@RestController
@SignedIn
@RequestMapping(path = "/api/v1/rounds", produces = "application/json")
@Tag(name = "Rounds", description = "Reporting rounds, who has reported, and an agency's report")
class RoundApi {

	private final Rounds rounds;

	private final RoundDashboard dashboard;

	private final AgencyReports reports;

	private final PlanRepository plans;

	RoundApi(Rounds rounds, RoundDashboard dashboard, AgencyReports reports, PlanRepository plans) {
		this.rounds = rounds;
		this.dashboard = dashboard;
		this.reports = reports;
		this.plans = plans;
	}

	/** A round in the list. */
	record RoundItem(long id, String titleVi, String titleEn, LocalDate periodStart, LocalDate periodEnd,
			LocalDate cutoffOn, LocalDate dueOn, RoundStatus status, long required, long sent, ReportStatus ownStatus) {

		static RoundItem of(RoundSummary round) {
			return new RoundItem(round.id(), round.titleVi(), round.titleEn(), round.periodStart(), round.periodEnd(),
					round.cutoffOn(), round.dueOn(), round.status(), round.required(), round.sent(), round.ownStatus());
		}

	}

	/** A round's overview: its heading, the counts and every named agency's report. */
	record RoundDetail(long id, long planId, String planNumber, RoundKind kind, int year, String titleVi,
			String titleEn, LocalDate periodStart, LocalDate periodEnd, LocalDate cutoffOn, LocalDate dueOn,
			RoundStatus status, long version, RoundDashboard.Counts counts, List<AgencyRow> agencies) {

		static RoundDetail of(RoundDashboard.View view) {
			RoundDossier.Heading round = view.round();
			return new RoundDetail(round.id(), round.planId(), round.planNumber(), round.kind(), round.year(),
					round.titleVi(), round.titleEn(), round.periodStart(), round.periodEnd(), round.cutoffOn(),
					round.dueOn(), round.status(), view.roundVersion(), view.counts(),
					view.rows().stream().map(AgencyRow::of).toList());
		}

	}

	/** One named agency of a round and where its report stands. */
	record AgencyRow(long agencyId, String code, String nameVi, String nameEn, boolean required, ReportStatus status,
			Instant submittedAt, boolean onTime) {

		static AgencyRow of(RoundDashboard.Row row) {
			return new AgencyRow(row.agencyId(), row.code(), row.nameVi(), row.nameEn(), row.required(), row.status(),
					row.submittedAt(), row.onTime());
		}

	}

	/** An agency's report: its texts, its table of assignments and its history. */
	record ReportDetail(long roundId, long agencyId, String code, String nameVi, String nameEn, boolean required,
			ReportStatus status, long version, Instant submittedAt, boolean submittedOnTime, Sections sections,
			List<ReportLine> lines, List<String> attachments, List<ReportHistoryItem> history) {

	}

	/** One assignment of the report's table with the agency's result line. */
	record ReportLine(long assignmentId, String taskCode, String taskVi, String taskEn, String role, LocalDate dueDate,
			Standing standing, int percent, LocalDate completedOn, String result) {

		static ReportLine of(RoundDossier.Line line) {
			return new ReportLine(line.assignmentId(), line.taskCode(), line.taskVi(), line.taskEn(), line.role(),
					line.dueDate(), line.standing(), line.percent(), line.completedOn(), line.result());
		}

	}

	/** One step of the report's history. */
	record ReportHistoryItem(Instant at, String actor, String action, String note) {

	}

	@GetMapping
	@Operation(summary = "List the reporting rounds",
			description = "Rounds newest first, of one plan or of all. An officer gets only the rounds that name its "
					+ "agency, with `ownStatus` saying where its report stands; the others get how many required "
					+ "agencies have sent theirs.")
	List<RoundItem> list(@AuthenticationPrincipal PlanUser user, @Parameter(description = "Only this plan's rounds",
			example = "1") @RequestParam(required = false) Long plan) {
		if (plan != null) {
			this.plans.findById(plan)
				.filter((found) -> !found.isDraft())
				.orElseThrow(() -> new PlanNotFoundException(plan));
		}
		return this.rounds.list(user, (plan != null) ? plan : 0).stream().map(RoundItem::of).toList();
	}

	@GetMapping("/{roundId}")
	@Operation(summary = "Read a round's overview",
			description = "The round, its counts (sent on time, late, missing, returned, accepted) and every named "
					+ "agency's report status. For the coordinator, leadership and administrators; an officer is "
					+ "refused (403) and reads its own report instead. 404 when there is no such round.")
	RoundDetail round(@AuthenticationPrincipal PlanUser user, @Parameter(example = "2") @PathVariable long roundId) {
		return RoundDetail.of(this.dashboard.view(user, roundId));
	}

	@GetMapping("/{roundId}/reports/{agencyId}")
	@Operation(summary = "Read an agency's report in a round",
			description = "The report's five texts, its table of the agency's assignments with their standing as of "
					+ "the round's day, its attachments' names and its history. An officer reads only its own "
					+ "agency's: another agency's report is 404, like one that does not exist.")
	ReportDetail report(@AuthenticationPrincipal PlanUser user, @Parameter(example = "2") @PathVariable long roundId,
			@Parameter(example = "12") @PathVariable long agencyId) {
		RoundDossier.Part part = this.reports.view(user, roundId, agencyId);
		List<ReportHistoryItem> history = this.reports.history(user, roundId, agencyId)
			.stream()
			.map((event) -> new ReportHistoryItem(event.at(), event.actor(), event.action(), event.note()))
			.toList();
		return new ReportDetail(roundId, part.agencyId(), part.code(), part.nameVi(), part.nameEn(), part.required(),
				part.status(), part.version(), part.submittedAt(), part.submittedOnTime(), part.sections(),
				part.lines().stream().map(ReportLine::of).toList(), part.attachments(), history);
	}

}
