package vn.hanoi.plantracker.assignment;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change feed: history entries after a position, in commit-safe order, one statement
 * over this module's tables (a keyset on {@code (tx, id)}, so a page costs the same
 * however deep). Only entries of transactions older than every running one are given
 * (V310): a transaction still running may commit an entry with a smaller id later, and a
 * reader who went past it would never see it.
 */
@Component
@Transactional(readOnly = true)
class AssignmentChanges {

	private final JdbcClient jdbc;

	AssignmentChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AssignmentChange> after(ChangeFilter filter) {
		StringBuilder sql = new StringBuilder("""
				select p.tx::text::bigint as tx, p.id, p.assignment_id, a.task_id, a.agency_id, p.kind, p.created_at,
				       p.status_before, p.status_after, p.percent, p.due_date_after
				from progress_update p join assignment a on a.id = p.assignment_id
				where (p.tx, p.id) > (cast(cast(:tx as text) as xid8), :id)
				  and p.tx < pg_snapshot_xmin(pg_current_snapshot())""");
		if (filter.taskIds() != null) {
			sql.append(" and a.task_id = any(:taskIds)");
		}
		if (filter.agencyId() != null) {
			sql.append(" and a.agency_id = :agencyId");
		}
		sql.append(" order by p.tx, p.id limit :limit");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString())
			.param("tx", filter.after().tx())
			.param("id", filter.after().id())
			.param("limit", filter.limit());
		if (filter.taskIds() != null) {
			statement = statement.param("taskIds", filter.taskIds().toArray(Long[]::new));
		}
		if (filter.agencyId() != null) {
			statement = statement.param("agencyId", filter.agencyId());
		}
		return statement.query((rs, n) -> {
			Timestamp at = rs.getTimestamp("created_at");
			return new AssignmentChange(new ChangePosition(rs.getLong("tx"), rs.getLong("id")), rs.getLong("id"),
					rs.getLong("assignment_id"), rs.getLong("task_id"), rs.getLong("agency_id"),
					UpdateKind.valueOf(rs.getString("kind")), at.toInstant(),
					AssignmentStatus.valueOf(rs.getString("status_before")),
					AssignmentStatus.valueOf(rs.getString("status_after")), rs.getInt("percent"),
					rs.getObject("due_date_after", LocalDate.class));
		}).list();
	}

}
