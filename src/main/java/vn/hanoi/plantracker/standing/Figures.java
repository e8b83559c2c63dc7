package vn.hanoi.plantracker.standing;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a selection as of its day, by the definitions of {@link Metric}: what
 * every page, export, round document and notification count asks for when it needs a
 * total, so that all of them give the same number for the same plan, scope and day.
 */
@Component
@Transactional(readOnly = true)
public class Figures {

	private final FigureGrids grids;

	Figures(FigureGrids grids) {
		this.grids = grids;
	}

	/**
	 * The city's own total and the requested bodies' total, summed from the grid of the
	 * day ({@link FigureGrids}: each agency's cells kept under its version).
	 */
	public Totals totals(Selection selection) {
		FigureGrid grid = this.grids.asOf(selection.asOf());
		return new Totals(grid.total(selection, false), grid.total(selection, true));
	}

	/**
	 * The city's own total of every plan as of a day, by plan: each plan's figures are
	 * its own, exactly as {@link #totals} gives them for that plan. Plans with nothing
	 * counted that day are absent.
	 */
	public java.util.Map<Long, Counts> cityTotalsByPlan(java.time.LocalDate asOf) {
		return this.grids.asOf(asOf).cityTotalsByPlan();
	}

	/** The two totals of a selection: the city's own work and the requested bodies'. */
	public record Totals(Counts city, Counts requested) {

	}

}
