package vn.hanoi.plantracker.plan.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.TaskChanges;
import vn.hanoi.plantracker.plan.TaskNotFoundException;
import vn.hanoi.plantracker.plan.TaskRepository;

@Controller
class TaskController {

	private final TaskRepository tasks;

	private final PlanQueries queries;

	private final TaskChanges changes;

	TaskController(TaskRepository tasks, PlanQueries queries, TaskChanges changes) {
		this.tasks = tasks;
		this.queries = queries;
		this.changes = changes;
	}

	@GetMapping("/tasks/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("task", this.tasks.findWithAreaAndPlan(id).orElseThrow(() -> new TaskNotFoundException(id)));
		model.addAttribute("agencies", this.queries.taskAgencies(id));
		model.addAttribute("assignments", this.queries.taskAssignments(id));
		model.addAttribute("taskChanges", this.changes.of(id));
		return "tasks/show";
	}

}
