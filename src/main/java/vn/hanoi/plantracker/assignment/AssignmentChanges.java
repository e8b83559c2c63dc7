package vn.hanoi.plantracker.assignment;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change feed: history entries and assignments created (V480) after a position, in
 * commit-safe order, one statement over this module's tables (a keyset on
 * {@code (tx, id)}, or {@code (agency_id, tx, id)} for one agency's, so a page costs the
 * same however deep and however many agencies there are). Only entries of transactions
 * older than every running one are given (V310): a transaction still running may commit
 * an entry with a smaller id later, and a reader who went past it would never see it.
 */
@Component
@Transactional(readOnly = true)
class AssignmentChanges {

	private final JdbcClient jdbc;

	AssignmentChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AssignmentChange> after(ChangeFilter filter) {
		String agency = (filter.agencyId() != null) ? " and %1$s.agency_id = :agencyId" : "";
		String plan = (filter.taskIds() != null) ? " and t.task_id = any(:taskIds)" : "";
		String history = """
				(select p.tx, p.id, p.assignment_id, p.agency_id, p.kind, p.created_at, p.status_before,
				        p.status_after, p.percent, p.due_date_after
				 from progress_update p join assignment t on t.id = p.assignment_id
				 where (p.tx, p.id) > (cast(cast(:tx as text) as xid8), :id)
				   and p.tx < pg_snapshot_xmin(pg_current_snapshot())%s%s
				 order by p.tx, p.id limit :limit)""".formatted(agency.formatted("p"), plan);
		String created = """
				(select c.tx, c.id, c.assignment_id, c.agency_id, cast('ASSIGNED' as varchar), c.created_at,
				        c.status, c.status, c.percent, c.due_date
				 from assignment_creation c join assignment t on t.id = c.assignment_id
				 where (c.tx, c.id) > (cast(cast(:tx as text) as xid8), :id)
				   and c.tx < pg_snapshot_xmin(pg_current_snapshot())%s%s
				 order by c.tx, c.id limit :limit)""".formatted(agency.formatted("c"), plan);
		String sql = """
				select u.tx::text::bigint as tx, u.id, u.assignment_id, a.task_id, u.agency_id, u.kind, u.created_at,
				       u.status_before, u.status_after, u.percent, u.due_date_after
				from (%s
				      union all
				      %s) as u (tx, id, assignment_id, agency_id, kind, created_at, status_before, status_after,
				                percent, due_date_after)
				join assignment a on a.id = u.assignment_id
				order by u.tx, u.id limit :limit""".formatted(history, created);
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
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
					ChangeKind.valueOf(rs.getString("kind")), at.toInstant(),
					AssignmentStatus.valueOf(rs.getString("status_before")),
					AssignmentStatus.valueOf(rs.getString("status_after")), rs.getInt("percent"),
					rs.getObject("due_date_after", LocalDate.class));
		}).list();
	}

}
