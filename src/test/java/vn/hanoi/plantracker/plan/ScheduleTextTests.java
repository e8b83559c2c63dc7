package vn.hanoi.plantracker.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The annex's "Thời gian thực hiện" read onto the schedule kinds Plan 133 uses. */
class ScheduleTextTests {

	@Test
	void aDateIsAOneOffTaskDueThatDay() {
		assertThat(schedule("30/6/2025"))
			.isEqualTo(new Schedule(ScheduleKind.FIXED, LocalDate.of(2025, 6, 30), null, null));
		assertThat(schedule("Trước ngày 30/6/2025"))
			.isEqualTo(new Schedule(ScheduleKind.FIXED, LocalDate.of(2025, 6, 30), null, null));
		assertThat(schedule("trước ngày 05-09-2025").dueDate()).isEqualTo(LocalDate.of(2025, 9, 5));
		assertThat(schedule("Ngày 6 tháng 7 năm 2025").dueDate()).isEqualTo(LocalDate.of(2025, 7, 6));
		assertThat(schedule("Từ 01/7/2025 đến 31/12/2025").dueDate()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void aMonthAQuarterOrAYearIsDueAtItsEnd() {
		assertThat(schedule("Tháng 6/2025").dueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(schedule("Quý III/2025").dueDate()).isEqualTo(LocalDate.of(2025, 9, 30));
		assertThat(schedule("Năm 2026").dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void yearlyTasksTakeTheirMonthDayOrTheInferredOne() {
		assertThat(schedule("Hằng năm, trước ngày 15/12")).isEqualTo(new Schedule(ScheduleKind.ANNUAL, null, 12, 15));
		assertThat(ScheduleText.parse("Hằng năm, trước ngày 15/12").orElseThrow().inferred()).isFalse();
		assertThat(schedule("Hàng năm")).isEqualTo(new Schedule(ScheduleKind.ANNUAL, null, 12, 15));
		assertThat(ScheduleText.parse("Hàng năm").orElseThrow().inferred()).isTrue();
		assertThat(schedule("Năm học")).isEqualTo(new Schedule(ScheduleKind.SCHOOL_YEAR, null, 5, 31));
		assertThat(schedule("Hằng năm học, trước 30/6")).isEqualTo(new Schedule(ScheduleKind.SCHOOL_YEAR, null, 6, 30));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Thường xuyên", "6 tháng", "6 tháng, năm", "Định kỳ 6 tháng", "Thường xuyên; báo cáo 6 tháng" })
	void ongoingAndHalfYearlyAreOngoingWithHalfYearlyReports(String text) {
		assertThat(schedule(text)).isEqualTo(new Schedule(ScheduleKind.ONGOING, null, null, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Khi có yêu cầu", "31/2/2025", "Hằng năm, trước ngày 31/2", "Quý 5/2025" })
	void anythingElseIsNoSchedule(String text) {
		assertThat(ScheduleText.parse(text)).isEmpty();
	}

	@Test
	void whatTheExportWritesReadsBackAsTheSameScheduleAndMark() {
		for (Schedule schedule : new Schedule[] {
				new Schedule(ScheduleKind.FIXED, LocalDate.of(2040, 2, 29), null, null),
				new Schedule(ScheduleKind.ANNUAL, null, 7, 31), new Schedule(ScheduleKind.SCHOOL_YEAR, null, 5, 31),
				new Schedule(ScheduleKind.ONGOING, null, null, null) }) {
			for (boolean provisional : new boolean[] { false, true }) {
				String text = ScheduleText.format(schedule, provisional);
				ScheduleText.Parsed parsed = ScheduleText.parse(text).orElseThrow(() -> new AssertionError(text));
				assertThat(parsed.schedule()).as(text).isEqualTo(schedule);
				assertThat(parsed.provisional()).as(text).isEqualTo(provisional);
				assertThat(parsed.inferred()).as(text).isFalse();
			}
		}
		assertThat(ScheduleText.parse("Quý III/2040 (dự kiến)").orElseThrow().marked()).isTrue();
		assertThat(ScheduleText.parse("Quý III/2040").orElseThrow().marked()).isFalse();
	}

	private static Schedule schedule(String text) {
		return ScheduleText.parse(text).orElseThrow(() -> new AssertionError("not read: " + text)).schedule();
	}

}
