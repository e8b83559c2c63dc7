package vn.hanoi.plantracker.plan.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.plantracker.plan.DeadlineConfirmations;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.ReaderOfPlan;
import vn.hanoi.plantracker.plan.Task;
import vn.hanoi.plantracker.plan.TaskAssignmentRow;
import vn.hanoi.plantracker.plan.TaskChanges;
import vn.hanoi.plantracker.plan.TaskNotFoundException;
import vn.hanoi.plantracker.plan.TaskRepository;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.access.SignedIn;

@Controller
@SignedIn
class TaskController {

	private final TaskRepository tasks;

	static final int ASSIGNMENTS_PER_PAGE = 30;

	private final PlanQueries queries;

	private final TaskChanges changes;

	private final DeadlineConfirmations confirmations;

	private final Today today;

	TaskController(TaskRepository tasks, PlanQueries queries, TaskChanges changes, DeadlineConfirmations confirmations,
			Today today) {
		this.confirmations = confirmations;
		this.tasks = tasks;
		this.queries = queries;
		this.changes = changes;
		this.today = today;
	}

	@GetMapping("/tasks/{id}")
	@ReaderOfPlan(id = "id", of = "task")
	String show(@PathVariable long id, @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		Task task = this.tasks.findWithAreaAndPlan(id).orElseThrow(() -> new TaskNotFoundException(id));
		model.addAttribute("task", task);
		model.addAttribute("progress",
				this.queries.taskProgress(task.getKeyArea().getPlan().getId(), id, this.today.date())
					.getOrDefault(id, java.util.List.of()));
		model.addAttribute("agencies", this.queries.taskAgencies(id));
		java.util.List<TaskAssignmentRow> assignments = this.queries.taskAssignments(id);
		model.addAttribute("assignments", assignments);
		model.addAttribute("assignmentPage", ListPage.of(assignments, page, ASSIGNMENTS_PER_PAGE));
		model.addAttribute("taskChanges", this.changes.of(id));
		model.addAttribute("confirmations", this.confirmations.of(id));
		return "tasks/show";
	}

}
