package vn.hanoi.plantracker.assignment;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.standing.Deadlines;

/**
 * The open assignments matching a filter, one page in id order (a keyset, so a page costs
 * the same however deep): one statement over this module's own table.
 */
@Component
@Transactional(readOnly = true)
class AssignmentList {

	private final JdbcClient jdbc;

	AssignmentList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AssignmentListRow> page(AssignmentListFilter filter, LocalDate today) {
		OptionalConditions conditions = new OptionalConditions()
			.and("a.task_id = any(:taskIds)", "taskIds", filter.taskIds(), (ids) -> ids.toArray(Long[]::new))
			.and("a.agency_id = :agencyId", "agencyId", filter.agencyId())
			.and("a.status = :status", "status", filter.status(), AssignmentStatus::name)
			.and("a.due_date < :dueBefore", "dueBefore", filter.dueBefore())
			.and("a.due_date > :dueAfter", "dueAfter", filter.dueAfter())
			.and("a.last_update_at >= :updatedSince", "updatedSince", filter.updatedSince(), Timestamp::from)
			.andIf(filter.overdueOnly(), Deadlines.OVERDUE_SQL, "today", today);
		String sql = """
				select a.id, a.version, a.task_id, a.agency_id, a.role, a.requested, a.period, a.due_date,
				       a.original_due_date, a.status, a.percent_complete, a.completed_on, a.last_update_at
				from assignment a
				where a.closed_at is null and a.id > :afterId""" + conditions.sql() + " order by a.id limit :limit";
		JdbcClient.StatementSpec statement = conditions
			.bind(this.jdbc.sql(sql).param("afterId", filter.afterId()).param("limit", filter.limit()));
		return statement.query((rs, n) -> {
			Timestamp updated = rs.getTimestamp("last_update_at");
			return new AssignmentListRow(rs.getLong("id"), rs.getLong("version"), rs.getLong("task_id"),
					rs.getLong("agency_id"), AgencyRole.valueOf(rs.getString("role")), rs.getBoolean("requested"),
					rs.getString("period"), rs.getObject("due_date", LocalDate.class),
					rs.getObject("original_due_date", LocalDate.class),
					AssignmentStatus.valueOf(rs.getString("status")), rs.getInt("percent_complete"),
					rs.getObject("completed_on", LocalDate.class), (updated != null) ? updated.toInstant() : null);
		}).list();
	}

}
