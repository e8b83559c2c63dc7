package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.plan.PlanChoice;
import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.Figures;
import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.VersionedCache;

/**
 * Every plan at a glance, for leadership: each published plan's own headline figures as
 * of a day, from the figure owner (a plan's figures never include another's). All plans'
 * figures are read in one statement, kept under the city's version (any plan's work
 * changes them), and not read at all while there is only one plan to show: the summary is
 * that plan's.
 */
@Component
public class PlanOverview {

	private final PlanChoice plans;

	private final Figures figures;

	private final Today today;

	private final VersionedCache<List<LocalDate>, Map<Long, Counts>> cache;

	PlanOverview(PlanChoice plans, Figures figures, Today today, ReadCaches caches) {
		this.plans = plans;
		this.figures = figures;
		this.today = today;
		this.cache = caches.create("plan-overview", 50);
	}

	/**
	 * The plans issued by that day with their figures; none when there are fewer than
	 * two.
	 */
	public List<Row> rows(LocalDate asOf) {
		List<PlanChoice.Option> shown = this.plans.plans()
			.stream()
			.filter((plan) -> !plan.issuedOn().isAfter(asOf))
			.toList();
		if (shown.size() < 2) {
			return List.of();
		}
		// the day of the count is part of the key: work due today is due once it ends
		Map<Long, Counts> totals = this.cache.get(DataVersion.Scope.CITY, List.of(asOf, this.today.date()),
				() -> this.figures.cityTotalsByPlan(asOf));
		return shown.stream().map((plan) -> new Row(plan, totals.getOrDefault(plan.id(), Counts.NONE))).toList();
	}

	/** One plan and its city figures (the requested bodies are reported apart). */
	public record Row(PlanChoice.Option plan, Counts city) {

	}

}
