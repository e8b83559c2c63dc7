package vn.hanoi.plantracker.round;

/**
 * The sections of an administrative report, in their order: results; shortcomings and
 * their causes; difficulties; recommendations; tasks for the next period. The column
 * names are the same in the agency report and the consolidated report.
 */
public enum Section {

	RESULTS("results"), SHORTCOMINGS("shortcomings"), DIFFICULTIES("difficulties"), PROPOSALS("proposals"),
	NEXT_TASKS("next_tasks");

	private final String column;

	Section(String column) {
		this.column = column;
	}

	String column() {
		return this.column;
	}

}
