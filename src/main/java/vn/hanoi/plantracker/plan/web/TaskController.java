package vn.hanoi.plantracker.plan.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.plantracker.plan.DeadlineConfirmations;
import vn.hanoi.plantracker.plan.PlanAccess;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.Task;
import vn.hanoi.plantracker.plan.TaskAssignmentRow;
import vn.hanoi.plantracker.plan.TaskChanges;
import vn.hanoi.plantracker.plan.TaskNotFoundException;
import vn.hanoi.plantracker.plan.TaskRepository;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.access.SignedIn;
import vn.hanoi.plantracker.user.PlanUser;

@Controller
@SignedIn
class TaskController {

	private final TaskRepository tasks;

	static final int ASSIGNMENTS_PER_PAGE = 30;

	private final PlanQueries queries;

	private final TaskChanges changes;

	private final DeadlineConfirmations confirmations;

	private final Today today;

	private final PlanAccess access;

	TaskController(TaskRepository tasks, PlanQueries queries, TaskChanges changes, DeadlineConfirmations confirmations,
			Today today, PlanAccess access) {
		this.access = access;
		this.confirmations = confirmations;
		this.tasks = tasks;
		this.queries = queries;
		this.changes = changes;
		this.today = today;
	}

	@GetMapping("/tasks/{id}")
	String show(@AuthenticationPrincipal PlanUser user, @PathVariable long id,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		Task task = this.tasks.findWithAreaAndPlan(id).orElseThrow(() -> new TaskNotFoundException(id));
		if (!this.access.canSee(user, task.getKeyArea().getPlan())) {
			// a draft's task, like the draft, is its editors' only
			throw new TaskNotFoundException(id);
		}
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
