package vn.hanoi.plantracker.plan;

/**
 * Where a plan is in its life: typed and edited as a draft (no assignments yet),
 * published (worked and reported), closed (read-only, its reports stay).
 */
public enum PlanStatus {

	DRAFT, PUBLISHED, CLOSED

}
