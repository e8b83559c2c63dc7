package vn.hanoi.plantracker.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The red/amber/green rule at and around each threshold. */
class RagThresholdsTests {

	private final RagThresholds defaults = new RagThresholds(30, 50, 80);

	@Test
	void redBeyondThirtyDaysOverdueOrBelowHalfOnTime() {
		assertThat(this.defaults.rate(1, 31, null)).isEqualTo(RagRating.RED);
		assertThat(this.defaults.rate(0, 0, 49)).isEqualTo(RagRating.RED);
	}

	@Test
	void amberForAnyOverdueOrBelowEightyPercentOnTime() {
		assertThat(this.defaults.rate(1, 30, null)).isEqualTo(RagRating.AMBER);
		assertThat(this.defaults.rate(1, 1, 100)).isEqualTo(RagRating.AMBER);
		assertThat(this.defaults.rate(0, 0, 50)).isEqualTo(RagRating.AMBER);
		assertThat(this.defaults.rate(0, 0, 79)).isEqualTo(RagRating.AMBER);
	}

	@Test
	void greenWithNothingOverdueAndEightyPercentOnTimeOrNoCompletionYet() {
		assertThat(this.defaults.rate(0, 0, 80)).isEqualTo(RagRating.GREEN);
		assertThat(this.defaults.rate(0, 0, null)).isEqualTo(RagRating.GREEN);
	}

	@Test
	void thresholdsComeFromConfiguration() {
		RagThresholds strict = new RagThresholds(7, 90, 95);
		assertThat(strict.rate(1, 8, 100)).isEqualTo(RagRating.RED);
		assertThat(strict.rate(0, 0, 92)).isEqualTo(RagRating.AMBER);
	}

}
