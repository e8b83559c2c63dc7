package vn.hanoi.plantracker.round;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The five texts of a report, in {@link Section} order; never null. */
public record Sections(String results, String shortcomings, String difficulties, String proposals, String nextTasks) {

	public static final Sections EMPTY = new Sections("", "", "", "", "");

	public Sections {
		results = blankIfNull(results);
		shortcomings = blankIfNull(shortcomings);
		difficulties = blankIfNull(difficulties);
		proposals = blankIfNull(proposals);
		nextTasks = blankIfNull(nextTasks);
	}

	public String of(Section section) {
		return switch (section) {
			case RESULTS -> this.results;
			case SHORTCOMINGS -> this.shortcomings;
			case DIFFICULTIES -> this.difficulties;
			case PROPOSALS -> this.proposals;
			case NEXT_TASKS -> this.nextTasks;
		};
	}

	static Sections read(ResultSet rs) throws SQLException {
		return new Sections(rs.getString("results"), rs.getString("shortcomings"), rs.getString("difficulties"),
				rs.getString("proposals"), rs.getString("next_tasks"));
	}

	private static String blankIfNull(String text) {
		return (text != null) ? text.strip() : "";
	}

}
