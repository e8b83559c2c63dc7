package vn.hanoi.plantracker.plan;

import java.util.Set;

/**
 * Which tasks had a provisional (inferred, not yet confirmed) deadline at a moment: pages
 * and exports mark their rows. Keys are the plan number and task code, so that a page
 * listing several plans can ask about each row.
 */
public record ProvisionalTasks(Set<String> keys, int provisional, int tasks) {

	static String key(String planNumber, String taskCode) {
		return planNumber + " " + taskCode;
	}

	/** From (key, provisional) pairs, one for each task of the selection. */
	static ProvisionalTasks of(java.util.List<java.util.Map.Entry<String, Boolean>> tasks) {
		Set<String> keys = new java.util.HashSet<>();
		tasks.stream().filter(java.util.Map.Entry::getValue).forEach((task) -> keys.add(task.getKey()));
		return new ProvisionalTasks(keys, keys.size(), tasks.size());
	}

	public boolean isProvisional(String planNumber, String taskCode) {
		return this.keys.contains(key(planNumber, taskCode));
	}

	public boolean any() {
		return this.provisional > 0;
	}

}
