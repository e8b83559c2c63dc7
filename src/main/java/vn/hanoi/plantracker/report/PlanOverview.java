package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.plan.PlanChoice;
import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.Figures;
import vn.hanoi.plantracker.standing.Selection;

/**
 * Every plan at a glance, for leadership: each published plan's own headline figures as
 * of a day, from the figure owner, one plan at a time (a plan's figures never include
 * another's).
 */
@Component
public class PlanOverview {

	private final PlanChoice plans;

	private final Figures figures;

	PlanOverview(PlanChoice plans, Figures figures) {
		this.plans = plans;
		this.figures = figures;
	}

	public List<Row> rows(LocalDate asOf) {
		return this.plans.plans()
			.stream()
			.filter((plan) -> !plan.issuedOn().isAfter(asOf))
			.map((plan) -> new Row(plan, this.figures.totals(Selection.of(plan.id(), asOf)).city()))
			.toList();
	}

	/** One plan and its city figures (the requested bodies are reported apart). */
	public record Row(PlanChoice.Option plan, Counts city) {

	}

}
