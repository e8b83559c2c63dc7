package vn.hanoi.plantracker.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;

import vn.hanoi.plantracker.plan.KeyAreaRepository;
import vn.hanoi.plantracker.plan.Plan;
import vn.hanoi.plantracker.plan.PlanAccess;
import vn.hanoi.plantracker.plan.PlanNotFoundException;
import vn.hanoi.plantracker.plan.PlanStatus;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.PlanRepository;
import vn.hanoi.plantracker.plan.TaskSummary;
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

	PlanController(PlanRepository plans, PlanQueries queries, Today today, PlanAccess access, KeyAreaRepository areas) {
		this.access = access;
		this.areas = areas;
		this.plans = plans;
		this.queries = queries;
		this.today = today;
	}

	@GetMapping("/plans")
	String list(Model model) {
		model.addAttribute("plans", this.plans.findAllWithStandingBody());
		return "plans/list";
	}

	@GetMapping("/plans/{id}")
	String show(@AuthenticationPrincipal PlanUser user, @PathVariable long id, Model model) {
		Plan plan = this.plans.findWithStandingBody(id).orElseThrow(() -> new PlanNotFoundException(id));
		boolean runs = this.access.coordinates(user, id);
		model.addAttribute("plan", plan);
		model.addAttribute("runs", runs && plan.getStatus() != PlanStatus.CLOSED);
		model.addAttribute("canEdit", plan.isDraft() && (runs || user.hasRole(Role.ADMIN)));
		model.addAttribute("keyAreas", this.areas.findByPlan(id));
		Map<Integer, List<TaskSummary>> byArea = new LinkedHashMap<>();
		for (TaskSummary task : this.queries.taskSummaries(id, this.today.date())) {
			byArea.computeIfAbsent(task.areaOrdinal(), (ordinal) -> new ArrayList<>()).add(task);
		}
		model.addAttribute("areas", byArea.values());
		model.addAttribute("progress", this.queries.taskProgress(id, null, this.today.date()));
		return "plans/show";
	}

}
