package vn.hanoi.plantracker.standing;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.Today;

/**
 * The figures of a selection as of its day, by the definitions of {@link Metric}: what
 * every page, export, round document and notification count asks for when it needs a
 * total, so that all of them give the same number for the same plan, scope and day.
 */
@Component
@Transactional(readOnly = true)
public class Figures {

	private final JdbcClient jdbc;

	private final Today today;

	Figures(JdbcClient jdbc, Today today) {
		this.jdbc = jdbc;
		this.today = today;
	}

	/** The city's own total and the requested bodies' total, in one statement. */
	public Totals totals(Selection selection) {
		String sql = "select a.requested, " + FigureSql.COUNTS + FigureSql.COUNTED + " group by a.requested";
		Counts[] totals = { Counts.NONE, Counts.NONE };
		FigureSql.bind(this.jdbc.sql(sql), selection, null, null, this.today.date())
			.query((RowCallbackHandler) (rs) -> totals[rs.getBoolean("requested") ? 1 : 0] = FigureSql.counts(rs));
		return new Totals(totals[0], totals[1]);
	}

	/**
	 * The city's own total of every plan as of a day, by plan, in one statement: each
	 * plan's figures are its own, exactly as {@link #totals} gives them for that plan.
	 * Plans with nothing counted that day are absent.
	 */
	public java.util.Map<Long, Counts> cityTotalsByPlan(java.time.LocalDate asOf) {
		String sql = "select k.plan_id, " + FigureSql.COUNTS + FigureSql.COUNTED_IN_EVERY_PLAN + " group by k.plan_id";
		java.util.Map<Long, Counts> totals = new java.util.HashMap<>();
		FigureSql.bind(this.jdbc.sql(sql), Selection.of(0, asOf), null, false, this.today.date())
			.query((RowCallbackHandler) (rs) -> totals.put(rs.getLong("plan_id"), FigureSql.counts(rs)));
		return totals;
	}

	/** The two totals of a selection: the city's own work and the requested bodies'. */
	public record Totals(Counts city, Counts requested) {

	}

}
