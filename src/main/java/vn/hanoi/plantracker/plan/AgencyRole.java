package vn.hanoi.plantracker.plan;

/** An agency's part in a task: lead ("chủ trì") or support ("phối hợp"). */
public enum AgencyRole {

	LEAD, SUPPORT

}
