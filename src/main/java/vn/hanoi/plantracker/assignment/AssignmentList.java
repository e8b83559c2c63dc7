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
		StringBuilder sql = new StringBuilder("""
				select a.id, a.version, a.task_id, a.agency_id, a.role, a.requested, a.period, a.due_date,
				       a.original_due_date, a.status, a.percent_complete, a.completed_on, a.last_update_at
				from assignment a
				where a.closed_at is null and a.id > :afterId""");
		if (filter.taskIds() != null) {
			sql.append(" and a.task_id = any(:taskIds)");
		}
		if (filter.agencyId() != null) {
			sql.append(" and a.agency_id = :agencyId");
		}
		if (filter.status() != null) {
			sql.append(" and a.status = :status");
		}
		if (filter.dueBefore() != null) {
			sql.append(" and a.due_date < :dueBefore");
		}
		if (filter.dueAfter() != null) {
			sql.append(" and a.due_date > :dueAfter");
		}
		if (filter.updatedSince() != null) {
			sql.append(" and a.last_update_at >= :updatedSince");
		}
		if (filter.overdueOnly()) {
			sql.append(" and ").append(Deadlines.OVERDUE_SQL);
		}
		sql.append(" order by a.id limit :limit");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString())
			.param("afterId", filter.afterId())
			.param("limit", filter.limit());
		if (filter.taskIds() != null) {
			statement = statement.param("taskIds", filter.taskIds().toArray(Long[]::new));
		}
		if (filter.agencyId() != null) {
			statement = statement.param("agencyId", filter.agencyId());
		}
		if (filter.status() != null) {
			statement = statement.param("status", filter.status().name());
		}
		if (filter.dueBefore() != null) {
			statement = statement.param("dueBefore", filter.dueBefore());
		}
		if (filter.dueAfter() != null) {
			statement = statement.param("dueAfter", filter.dueAfter());
		}
		if (filter.updatedSince() != null) {
			statement = statement.param("updatedSince", Timestamp.from(filter.updatedSince()));
		}
		if (filter.overdueOnly()) {
			statement = statement.param("today", today);
		}
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
