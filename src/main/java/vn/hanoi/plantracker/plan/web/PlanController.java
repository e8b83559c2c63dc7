package vn.hanoi.plantracker.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.hanoi.plantracker.plan.PlanNotFoundException;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.PlanRepository;
import vn.hanoi.plantracker.plan.TaskSummary;
import vn.hanoi.plantracker.system.Today;

@Controller
class PlanController {

	private final PlanRepository plans;

	private final PlanQueries queries;

	private final Today today;

	PlanController(PlanRepository plans, PlanQueries queries, Today today) {
		this.plans = plans;
		this.queries = queries;
		this.today = today;
	}

	@GetMapping("/plans")
	String list(Model model) {
		model.addAttribute("plans", this.plans.findAllWithCoordinator());
		return "plans/list";
	}

	@GetMapping("/plans/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("plan", this.plans.findWithCoordinator(id).orElseThrow(() -> new PlanNotFoundException(id)));
		Map<Integer, List<TaskSummary>> byArea = new LinkedHashMap<>();
		for (TaskSummary task : this.queries.taskSummaries(id, this.today.date())) {
			byArea.computeIfAbsent(task.areaOrdinal(), (ordinal) -> new ArrayList<>()).add(task);
		}
		model.addAttribute("areas", byArea.values());
		model.addAttribute("progress", this.queries.taskProgress(id, null, this.today.date()));
		return "plans/show";
	}

}
