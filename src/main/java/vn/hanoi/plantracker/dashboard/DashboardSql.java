package vn.hanoi.plantracker.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.standing.Metric;

/**
 * The dashboard's conditions, shared by its tallies ({@link AgencyTallies}) and its rows
 * ({@link OverdueDashboard}): which assignments a filter takes and which list they are
 * in, with the parameters of today.
 */
final class DashboardSql {

	static final String DAYS_OVERDUE = "(cast(:today as date) - a.due_date)";

	private static final String LAST_UPDATE_DATE = "cast(a.last_update_at at time zone 'Asia/Ho_Chi_Minh' as date)";

	private DashboardSql() {
	}

	/** Today, the due-before day and the end of the due-soon window. */
	static Map<String, Object> baseParams(LocalDate todayDate, int dueSoonDays) {
		Map<String, Object> params = new HashMap<>();
		params.put("today", todayDate);
		// the one deadline rule (Metric): today has not ended, work due today is not yet
		// due
		params.put("dueBefore", Metric.dueBefore(todayDate, todayDate));
		params.put("dueSoonUntil", todayDate.plusDays(dueSoonDays));
		return params;
	}

	/** Which assignments: agency, kind, key area, plan, role. */
	static String scope(DashboardFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (filter.agency() != null) {
			where.append(" and a.agency_id = :agency");
			params.put("agency", filter.agency());
		}
		if (filter.kind() != null) {
			where.append(" and ag.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.area() != null) {
			where.append(" and a.task_id in (select kt.id from task kt where kt.key_area_id = :area)");
			params.put("area", filter.area());
		}
		if (filter.onePlan()) {
			where.append(" and a.task_id in (select pt.id from task pt join key_area pk on pk.id = pt.key_area_id"
					+ " where pk.plan_id = :plan)");
			params.put("plan", filter.plan());
		}
		if (filter.role() != null) {
			where.append(" and a.role = :role");
			params.put("role", filter.role().name());
		}
		return where.toString();
	}

	/**
	 * Only the work of the agencies {@code agencies} (a refresh of the agencies whose
	 * work changed), or no condition when null (every agency).
	 */
	static String ofAgencies(java.util.Set<Long> agencies, Map<String, Object> params) {
		if (agencies == null) {
			return "";
		}
		params.put("agencies", agencies.toArray(new Long[0]));
		return " and a.agency_id = any(cast(:agencies as bigint[]))";
	}

	/**
	 * Only the work of the key areas {@code areas} (a coordinator's plans'), or no
	 * condition when null.
	 */
	static String inAreas(List<Long> areas, Map<String, Object> params) {
		if (areas == null) {
			return "";
		}
		params.put("areas", areas.toArray(new Long[0]));
		return " and a.task_id in (select kt.id from task kt where kt.key_area_id = any (cast(:areas as bigint[])))";
	}

	/**
	 * Which list, as one condition: overdue (with ageing bucket) or due soon, and how
	 * long without update.
	 */
	static String list(DashboardFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("(")
			.append(filter.dueSoon() ? Deadlines.DUE_SOON_SQL : Deadlines.OVERDUE_SQL);
		if (filter.ageing() != null) {
			where.append(" and ").append(DAYS_OVERDUE).append(" between :ageMin and :ageMax");
			params.put("ageMin", filter.ageing().minDays());
			params.put("ageMax", filter.ageing().maxDays());
		}
		if (filter.stale() != null) {
			where.append(" and (a.last_update_at is null or cast(:today as date) - ")
				.append(LAST_UPDATE_DATE)
				.append(" >= :stale)");
			params.put("stale", filter.stale());
		}
		return where.append(")").toString();
	}

}
