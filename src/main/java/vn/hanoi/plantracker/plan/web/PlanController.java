package vn.hanoi.plantracker.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.springframework.security.core.annotation.AuthenticationPrincipal;

import vn.hanoi.plantracker.plan.KeyAreaRepository;
import vn.hanoi.plantracker.plan.Plan;
import vn.hanoi.plantracker.plan.PlanAccess;
import vn.hanoi.plantracker.plan.PlanAmendments;
import vn.hanoi.plantracker.plan.PlanNotFoundException;
import vn.hanoi.plantracker.plan.PlanStatus;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.PlanRepository;
import vn.hanoi.plantracker.plan.ReaderOfPlan;
import vn.hanoi.plantracker.plan.TaskSummary;
import vn.hanoi.plantracker.system.Pager;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.system.access.SignedIn;

@Controller
@SignedIn
class PlanController {

	private final PlanRepository plans;

	private final PlanQueries queries;

	private final Today today;

	private final PlanAccess access;

	private final KeyAreaRepository areas;

	private final PlanAmendments amendments;

	PlanController(PlanRepository plans, PlanQueries queries, Today today, PlanAccess access, KeyAreaRepository areas,
			PlanAmendments amendments) {
		this.amendments = amendments;
		this.access = access;
		this.areas = areas;
		this.plans = plans;
		this.queries = queries;
		this.today = today;
	}

	@GetMapping("/plans")
	String list(@AuthenticationPrincipal PlanUser user, Model model) {
		// a draft is listed only to its editors (PlanAccess)
		model.addAttribute("plans",
				this.plans.findAllWithStandingBody()
					.stream()
					.filter((plan) -> this.access.canSee(user, plan))
					.toList());
		return "plans/list";
	}

	/**
	 * The plan's key areas, each a section that opens to its tasks: the first open, the
	 * others closed, and at most {@value AreaSection#PREVIEW} tasks in each, with a link
	 * to the whole area ({@code ?area=}: that area alone, {@value Pager#PAGE_SIZE} tasks
	 * a page), so that a plan of any size stays short on a phone.
	 */
	@GetMapping("/plans/{id}")
	@ReaderOfPlan(id = "id")
	String show(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@RequestParam(name = "area", required = false) Integer area,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		Plan plan = this.plans.findWithStandingBody(id).orElseThrow(() -> new PlanNotFoundException(id));
		boolean runs = this.access.coordinates(user, id);
		model.addAttribute("plan", plan);
		model.addAttribute("runs", runs && plan.getStatus() != PlanStatus.CLOSED);
		boolean manages = runs || user.hasRole(Role.ADMIN);
		model.addAttribute("canEdit", plan.isDraft() && manages);
		// a published plan changes by amendments; a closed one not at all
		model.addAttribute("canAmend", plan.getStatus() == PlanStatus.PUBLISHED && manages);
		model.addAttribute("canManage", manages);
		model.addAttribute("amendments", this.amendments.of(id));
		model.addAttribute("keyAreas", this.areas.findByPlan(id));
		Map<Integer, List<TaskSummary>> byArea = new LinkedHashMap<>();
		for (TaskSummary task : this.queries.taskSummaries(id, this.today.date())) {
			if (area == null || area == task.areaOrdinal()) {
				byArea.computeIfAbsent(task.areaOrdinal(), (ordinal) -> new ArrayList<>()).add(task);
			}
		}
		List<AreaSection> sections = new ArrayList<>();
		for (List<TaskSummary> tasks : byArea.values()) {
			sections.add(AreaSection.of(tasks));
		}
		if (area != null) {
			if (sections.isEmpty()) {
				throw new PlanNotFoundException(id);
			}
			model.addAttribute("area", area);
			model.addAttribute("areaPager", Pager.of(sections.get(0).tasks(), page));
		}
		model.addAttribute("areas", sections);
		model.addAttribute("progress", this.queries.taskProgress(id, null, this.today.date()));
		return "plans/show";
	}

}
