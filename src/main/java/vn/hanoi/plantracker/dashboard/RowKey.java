package vn.hanoi.plantracker.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Where a page of a group's rows starts: the sort key of the row before it (due date, key
 * area ordinal, task order, assignment id), written in a URL as
 * {@code 2025-09-30.3.17.1234}.
 */
public record RowKey(LocalDate dueDate, int areaOrdinal, int taskOrder, long id) {

	/** The key in a URL parameter, or null for anything that is not one (first page). */
	public static RowKey parse(String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.split("\\.");
		if (parts.length != 4) {
			return null;
		}
		try {
			return new RowKey(LocalDate.parse(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
					Long.parseLong(parts[3]));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			return null;
		}
	}

	@Override
	public String toString() {
		return this.dueDate + "." + this.areaOrdinal + "." + this.taskOrder + "." + this.id;
	}

}
