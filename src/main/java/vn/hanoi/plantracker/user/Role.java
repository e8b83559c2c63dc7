package vn.hanoi.plantracker.user;

public enum Role {

	/** System administrator: users, agencies, plans; never reports for an agency. */
	ADMIN,
	/**
	 * Hanoi City Police, the plan's lead coordinator: reviews, reminders, tasks and
	 * deadlines.
	 */
	COORDINATOR,
	/** An officer of one reporting agency: updates that agency's assignments. */
	OFFICER,
	/** People's Committee leadership: reads everything, changes nothing. */
	LEADER;

	public String authority() {
		return "ROLE_" + name();
	}

}
