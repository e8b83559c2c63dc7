package vn.hanoi.plantracker.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.hanoi.plantracker.standing.Counts;

/**
 * The rule behind the red/amber/green rating ({@code plantracker.reports.rag.*}): red
 * when any assignment is more than {@code redDaysOverdue} days overdue or the on-time
 * rate is below {@code redOnTimeBelow} percent; amber when any assignment is overdue or
 * the on-time rate is below {@code amberOnTimeBelow} percent; green otherwise. No
 * completed assignment yet means no on-time rate, and the rate then plays no part.
 */
@ConfigurationProperties("plantracker.reports.rag")
public record RagThresholds(@DefaultValue("30") int redDaysOverdue, @DefaultValue("50") int redOnTimeBelow,
		@DefaultValue("80") int amberOnTimeBelow) {

	/** The rating of these counts. */
	public RagRating rate(Counts counts) {
		return rate(counts.overdue(), counts.maxDaysOverdue(), counts.onTimeRate());
	}

	public RagRating rate(long overdue, long maxDaysOverdue, Integer onTimeRate) {
		if (maxDaysOverdue > this.redDaysOverdue || (onTimeRate != null && onTimeRate < this.redOnTimeBelow)) {
			return RagRating.RED;
		}
		if (overdue > 0 || (onTimeRate != null && onTimeRate < this.amberOnTimeBelow)) {
			return RagRating.AMBER;
		}
		return RagRating.GREEN;
	}

}
