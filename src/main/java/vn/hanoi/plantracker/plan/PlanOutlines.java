package vn.hanoi.plantracker.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.VersionedCache;

/**
 * A plan as a report as of a day reads it ({@code key_area_as_of}, {@code task_as_of}):
 * its heading, the key areas and tasks that existed then and which deadlines were
 * provisional, cached under the data version. Published by {@link PlanQueries}.
 */
@Component
@Transactional(readOnly = true)
class PlanOutlines {

	private final JdbcClient jdbc;

	/** The outlines and provisional marks every report and dashboard view shows. */
	private final VersionedCache<List<Object>, Object> cache;

	PlanOutlines(JdbcClient jdbc, ReadCaches caches) {
		this.jdbc = jdbc;
		this.cache = caches.create("plans", 200);
	}

	/**
	 * The tasks that existed just before {@code cutoff} and whether their deadline was
	 * provisional then, with the number and key area they had then ({@code task_as_of}):
	 * a task added or confirmed later changes nothing. All plans when {@code planId} is
	 * null, all areas when {@code areaId} is null.
	 */
	ProvisionalTasks provisionalTasks(Long planId, Long areaId, java.time.OffsetDateTime cutoff) {
		// read under the data version (V50, V143: tasks and their confirmations change
		// it)
		return (ProvisionalTasks) this.cache.get(DataVersion.Scope.STRUCTURE,
				java.util.Arrays.asList("provisional", planId, areaId, cutoff),
				() -> readProvisionalTasks(planId, areaId, cutoff));
	}

	private ProvisionalTasks readProvisionalTasks(Long planId, Long areaId, java.time.OffsetDateTime cutoff) {
		List<Map.Entry<String, Boolean>> rows = this.jdbc.sql("""
				select p.number, t.code, t.provisional
				from task_as_of(:cutoff) t join key_area k on k.id = t.key_area_id join plan p on p.id = k.plan_id
				where t.existed and (cast(:planId as bigint) is null or p.id = cast(:planId as bigint))
				  and (cast(:areaId as bigint) is null or k.id = cast(:areaId as bigint))
				""")
			.param("planId", planId, java.sql.Types.BIGINT)
			.param("areaId", areaId, java.sql.Types.BIGINT)
			.param("cutoff", cutoff)
			.query((rs, n) -> Map.entry(ProvisionalTasks.key(rs.getString(1), rs.getString(2)), rs.getBoolean(3)))
			.list();
		return ProvisionalTasks.of(rows);
	}

	/**
	 * A plan's heading, its key areas in order and which tasks of the selection (one key
	 * area, or all when {@code areaId} is null) had a provisional deadline just before
	 * {@code cutoff}, counted as in {@link #provisionalTasks}: what every report page
	 * shows around its figures, in one statement.
	 */
	@SuppressWarnings("unchecked")
	java.util.Optional<PlanOutline> outline(long planId, Long areaId, java.time.OffsetDateTime cutoff) {
		return (java.util.Optional<PlanOutline>) this.cache.get(DataVersion.Scope.STRUCTURE,
				java.util.Arrays.asList("outline", planId, areaId, cutoff), () -> readOutline(planId, areaId, cutoff));
	}

	private java.util.Optional<PlanOutline> readOutline(long planId, Long areaId, java.time.OffsetDateTime cutoff) {
		List<PlanOutline.Area> areas = new java.util.ArrayList<>();
		List<Map.Entry<String, Boolean>> tasks = new java.util.ArrayList<>();
		PlanOutline[] heading = { null };
		this.jdbc.sql("""
				select p.id, p.number, p.issued_on, p.title_vi, p.title_en, k.id as area_id, k.ordinal,
				       k.title_vi as area_vi, k.title_en as area_en, t.code, t.provisional
				from plan p
				left join key_area_as_of(:cutoff) k on k.plan_id = p.id and k.existed
				left join task_as_of(:cutoff) t on t.key_area_id = k.id and t.existed
				where p.id = :planId
				order by k.ordinal, k.id, t.id
				""")
			.param("planId", planId)
			.param("cutoff", cutoff)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> {
				if (heading[0] == null) {
					heading[0] = new PlanOutline(rs.getLong("id"), rs.getString("number"),
							rs.getObject("issued_on", LocalDate.class), rs.getString("title_vi"),
							rs.getString("title_en"), areas, null);
				}
				Long area = (Long) rs.getObject("area_id");
				if (area != null && (areas.isEmpty() || areas.get(areas.size() - 1).id() != area)) {
					areas.add(new PlanOutline.Area(area, rs.getInt("ordinal"), rs.getString("area_vi"),
							rs.getString("area_en")));
				}
				if (rs.getString("code") != null && (areaId == null || areaId.equals(area))) {
					tasks.add(Map.entry(ProvisionalTasks.key(rs.getString("number"), rs.getString("code")),
							rs.getBoolean("provisional")));
				}
			});
		return java.util.Optional.ofNullable(heading[0]).map((o) -> o.withProvisional(ProvisionalTasks.of(tasks)));
	}

}
