package vn.hanoi.plantracker.plan;

import java.util.List;
import java.util.Set;

/**
 * An annex as it would be imported: its key areas and tasks as read, each with its
 * problems. Nothing of it is saved until the user confirms; {@code token} names the
 * uploaded file kept for that.
 */
public record AnnexPreview(String token, String fileName, List<Area> areas, List<Problem> problems) {

	public boolean hasErrors() {
		return errorCount() > 0;
	}

	public long errorCount() {
		return this.problems.stream().filter(Problem::isError).count()
				+ this.areas.stream().mapToLong(Area::errorCount).sum();
	}

	public int taskCount() {
		return this.areas.stream().mapToInt((area) -> area.tasks().size()).sum();
	}

	/** A key area: the row it is on, its number as written, its title. */
	public record Area(int row, String stt, String title, List<Problem> problems, List<TaskRow> tasks) {

		long errorCount() {
			return this.problems.stream().filter(Problem::isError).count() + this.tasks.stream()
				.mapToLong((task) -> task.problems().stream().filter(Problem::isError).count())
				.sum();
		}

	}

	/**
	 * A task row as written and as understood: the agencies found (ids) and the schedule
	 * read from the text ({@code scheduleInferred} when its month-day was not given).
	 */
	public record TaskRow(int row, String code, String content, String lead, String support, String scheduleText,
			Schedule schedule, boolean scheduleInferred, String output, Set<Long> leadIds, Set<Long> supportIds,
			Set<Long> requestedIds, List<Problem> problems) {

		/**
		 * Whether an agency cell was not understood: the preview lets it be corrected.
		 */
		public boolean agenciesFlagged() {
			return this.problems.stream()
				.anyMatch((p) -> p.code().startsWith("plans.import.problem.unknownAgency")
						|| p.code().equals("plans.import.problem.noLead"));
		}

		/** Whether the deadline was not understood: the preview lets it be corrected. */
		public boolean scheduleFlagged() {
			return this.problems.stream()
				.anyMatch((p) -> p.code().equals("plans.import.problem.schedule")
						|| p.code().equals("plans.import.problem.noSchedule"));
		}

	}

	/** A message key with its arguments; a warning does not stop the import. */
	public record Problem(String code, List<Object> args, List<String> suggestions, boolean warning) {

		static Problem error(String code, Object... args) {
			return new Problem(code, List.of(args), List.of(), false);
		}

		static Problem warning(String code, Object... args) {
			return new Problem(code, List.of(args), List.of(), true);
		}

		public boolean isError() {
			return !this.warning;
		}

	}

}
