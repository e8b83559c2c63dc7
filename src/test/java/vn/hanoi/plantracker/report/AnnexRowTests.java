package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the annex sums up a task from its assignments. */
class AnnexRowTests {

	@Test
	void aTaskIsDoneWhenEveryAssignmentIsLateIfAnyWas() {
		assertThat(row(3, 3, 0, 0, 3).standing()).isEqualTo(AnnexRow.Standing.DONE_ON_TIME);
		assertThat(row(3, 3, 1, 0, 3).standing()).isEqualTo(AnnexRow.Standing.DONE_LATE);
	}

	@Test
	void anOpenTaskIsOverdueInProgressOrNotStarted() {
		assertThat(row(3, 2, 0, 1, 3).standing()).isEqualTo(AnnexRow.Standing.OVERDUE);
		assertThat(row(3, 1, 0, 0, 1).standing()).isEqualTo(AnnexRow.Standing.IN_PROGRESS);
		assertThat(row(3, 0, 0, 0, 0).standing()).isEqualTo(AnnexRow.Standing.NOT_STARTED);
	}

	private static AnnexRow row(long total, long completed, long late, long overdue, long started) {
		LocalDate due = LocalDate.of(2026, 1, 31);
		return new AnnexRow("1.1", "vi", "en", List.of(), List.of(), List.of(), List.of(), due, due, total, completed,
				late, overdue, started, List.of(), List.of(), List.of(), List.of());
	}

}
