package vn.hanoi.plantracker.plan.web;

import java.util.List;

import vn.hanoi.plantracker.plan.TaskSummary;

/**
 * A key area's section of the plan page: its tasks (all of them), how many have overdue
 * work, and the first {@value #PREVIEW} that the page shows before "see all".
 */
record AreaSection(int ordinal, String title, List<TaskSummary> tasks, int overdueTasks) {

	/** The tasks a key area's section shows on the plan page. */
	static final int PREVIEW = 10;

	static AreaSection of(List<TaskSummary> tasks) {
		TaskSummary first = tasks.get(0);
		int overdue = (int) tasks.stream().filter((task) -> task.overdue() > 0).count();
		return new AreaSection(first.areaOrdinal(), first.areaTitle(), tasks, overdue);
	}

	public List<TaskSummary> preview() {
		return this.tasks.subList(0, Math.min(PREVIEW, this.tasks.size()));
	}

	public int more() {
		return this.tasks.size() - preview().size();
	}

}
