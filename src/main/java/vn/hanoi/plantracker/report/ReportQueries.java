package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.VersionedCache;
import vn.hanoi.plantracker.standing.FigureSql;

/**
 * The reports' own SQL apart from their figures (which the figure owner's grid gives,
 * {@link vn.hanoi.plantracker.standing.FigureGrids}): the latest plan, a plan's heading
 * and key areas, and the order of agency names in the page's language.
 */
@Component
@Transactional(readOnly = true)
class ReportQueries {

	/** The figure owner's selection (alias a, t, k and ag). */
	static final String SELECTION = FigureSql.SELECTION;

	private final JdbcClient jdbc;

	private final VersionedCache<String, Optional<Long>> latestPlan;

	ReportQueries(JdbcClient jdbc, ReadCaches caches) {
		this.jdbc = jdbc;
		this.latestPlan = caches.create("latest-plan", 1);
	}

	Optional<Long> latestPlanId() {
		return this.latestPlan.get(DataVersion.Scope.STRUCTURE, "latest",
				() -> this.jdbc
					.sql("select id from plan where status <> 'DRAFT' order by issued_on desc, id desc limit 1")
					.query(Long.class)
					.optional());
	}

	Optional<PlanHeading> plan(long planId) {
		return this.jdbc.sql("select id, number, issued_on, title_vi, title_en from plan where id = :id")
			.param("id", planId)
			.query((rs, n) -> new PlanHeading(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5)))
			.optional();
	}

	List<AreaChoice> areas(long planId) {
		return this.jdbc
			.sql("select id, ordinal, title_vi, title_en from key_area where plan_id = :id order by ordinal")
			.param("id", planId)
			.query((rs, n) -> new AreaChoice(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.list();
	}

}
