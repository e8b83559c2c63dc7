package vn.hanoi.plantracker.api.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.plan.Plan;
import vn.hanoi.plantracker.plan.PlanNotFoundException;
import vn.hanoi.plantracker.plan.PlanOutline;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.PlanRepository;
import vn.hanoi.plantracker.plan.ScheduleKind;
import vn.hanoi.plantracker.plan.TaskAgencyRow;
import vn.hanoi.plantracker.plan.TaskSummary;
import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.access.SignedIn;

/**
 * Plans with their key areas, tasks and the agencies on each task: readable by every
 * role.
 */
@RestController
@SignedIn
@RequestMapping(path = "/api/v1/plans", produces = "application/json")
@Tag(name = "Plans", description = "Plans, their key areas, tasks and the agencies that lead or support each task")
class PlanApi {

	private final PlanRepository plans;

	private final PlanQueries queries;

	private final Today today;

	PlanApi(PlanRepository plans, PlanQueries queries, Today today) {
		this.plans = plans;
		this.queries = queries;
		this.today = today;
	}

	/** A plan in the list: its heading and coordinating agency. */
	record PlanItem(long id, String number, LocalDate issuedOn, String titleVi, String titleEn,
			AgencyRef standingBody) {

		static PlanItem of(Plan plan) {
			return new PlanItem(plan.getId(), plan.getNumber(), plan.getIssuedOn(), plan.getTitleVi(),
					plan.getTitleEn(), AgencyRef.of(plan.getStandingBody()));
		}

	}

	/** An agency by id with its names. */
	record AgencyRef(long id, String code, String nameVi, String nameEn) {

		static AgencyRef of(Agency agency) {
			return new AgencyRef(agency.getId(), agency.getCode(), agency.getNameVi(), agency.getNameEn());
		}

	}

	/** A plan with everything in it. */
	record PlanDetail(long id, String number, LocalDate issuedOn, String titleVi, String titleEn, String signer,
			String legalBasisVi, String legalBasisEn, AgencyRef standingBody, List<Area> areas) {

	}

	/** A key area and its tasks in plan order. */
	record Area(long id, int ordinal, String titleVi, String titleEn, List<TaskItem> tasks) {

	}

	/**
	 * A task: its code in the plan, schedule kind, the next open due date, the agencies
	 * on it and how many of its assignments stand where (today).
	 */
	record TaskItem(long id, String code, String titleVi, String titleEn, ScheduleKind scheduleKind, LocalDate nextDue,
			List<TaskAgency> agencies, int assignments, int completed, int overdue) {

	}

	/** An agency on a task: lead or support, and whether it is a requested body. */
	record TaskAgency(long agencyId, String nameVi, String nameEn, AgencyRole role, boolean requested) {

	}

	@GetMapping
	@Operation(summary = "List the plans",
			description = "Every published plan, newest first, with its coordinating agency (drafts are not listed).")
	List<PlanItem> list() {
		return this.plans.findAllWithStandingBody()
			.stream()
			.filter((plan) -> !plan.isDraft())
			.map(PlanItem::of)
			.toList();
	}

	@GetMapping("/{planId}")
	@Operation(summary = "Read one plan",
			description = "The plan's heading, its key areas in order and each area's tasks with the agencies that "
					+ "lead or support them. 404 when there is no such plan or it is a draft.")
	PlanDetail plan(@Parameter(description = "The plan's id", example = "1") @PathVariable long planId) {
		Plan plan = this.plans.findWithStandingBody(planId)
			.filter((found) -> !found.isDraft())
			.orElseThrow(() -> new PlanNotFoundException(planId));
		LocalDate day = this.today.date();
		PlanOutline outline = this.queries.outline(planId, null, Deadlines.endOf(day))
			.orElseThrow(() -> new PlanNotFoundException(planId));
		Map<Long, List<TaskAgencyRow>> agencies = this.queries.taskAgenciesOfPlan(planId);
		List<TaskSummary> tasks = this.queries.taskSummaries(planId, day);
		List<Area> areas = outline.areas()
			.stream()
			.map((area) -> new Area(area.id(), area.ordinal(), area.titleVi(), area.titleEn(), tasks.stream()
				.filter((task) -> task.areaOrdinal() == area.ordinal())
				.map((task) -> new TaskItem(task.id(), task.code(), task.titleVi(), task.titleEn(), task.scheduleKind(),
						task.nextDue(),
						agencies.getOrDefault(task.id(), List.of())
							.stream()
							.map((a) -> new TaskAgency(a.agencyId(), a.nameVi(), a.nameEn(), a.role(), a.requested()))
							.toList(),
						task.total(), task.completed(), task.overdue()))
				.toList()))
			.toList();
		return new PlanDetail(plan.getId(), plan.getNumber(), plan.getIssuedOn(), plan.getTitleVi(), plan.getTitleEn(),
				plan.getSigner(), plan.getLegalBasisVi(), plan.getLegalBasisEn(), AgencyRef.of(plan.getStandingBody()),
				areas);
	}

}
