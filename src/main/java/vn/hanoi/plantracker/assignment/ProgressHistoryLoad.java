package vn.hanoi.plantracker.assignment;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A generated progress history written in one go (the demo's): the entries from a query,
 * then what the per-row triggers would have written — each assignment the projection of
 * its latest entry, an officer's request behind each extension, the temporal read model —
 * for all at once. Runs inside the caller's transaction.
 */
@Component
public class ProgressHistoryLoad {

	private static final Logger log = LoggerFactory.getLogger(ProgressHistoryLoad.class);

	/** Prefixed to the caller's query, which yields the entries in these columns. */
	private static final String ENTRIES = """
			insert into progress_update (assignment_id, author_id, created_at, kind, status_before, status_after,
			                             percent, note, document_ref, due_date_before, due_date_after)
			""";

	/**
	 * The officer's request behind each extension of the history, asked two days before
	 * the coordinator granted it by the officer who first reported on the assignment.
	 */
	private static final String EXTENSION_REQUESTS = """
			insert into deadline_extension_request (assignment_id, requested_by, requested_at, due_date_at_request,
			                                        requested_due_date, reason, status, decided_by, decided_at)
			select p.assignment_id,
			       (select f.author_id from progress_update f where f.assignment_id = p.assignment_id
			        and f.kind = 'PROGRESS' order by f.created_at, f.id limit 1),
			       p.created_at - interval '2 days 3 hours', p.due_date_before, p.due_date_after,
			       'Đề nghị gia hạn thời gian thực hiện nhiệm vụ để hoàn thiện kết quả, số liệu báo cáo.',
			       'APPROVED', p.author_id, p.created_at
			from progress_update p
			where p.kind = 'DEADLINE_CHANGE'
			""";

	/**
	 * The assignment is the projection of its latest entry, {@code submitted_at}
	 * included: the V151 trigger that writes it is off during this bulk load (see
	 * {@code load}), so the projection stands in for it, from the same entries.
	 */
	private static final String PROJECTION = """
			update assignment a
			set status = l.status_after,
			    percent_complete = l.percent,
			    completed_on = case when l.status_after = 'COMPLETED'
			        then (l.created_at at time zone 'Asia/Ho_Chi_Minh')::date end,
			    last_update_at = l.created_at,
			    changed_at = l.created_at,
			    submitted_on = (l.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date,
			    submitted_at = l.submitted_at,
			    due_date = coalesce(l.due_after, a.due_date)
			from (select distinct on (p.assignment_id) p.assignment_id, p.status_after, p.percent, p.created_at,
			             (select max(s.created_at) from progress_update s
			              where s.assignment_id = p.assignment_id and s.kind = 'SUBMIT') as submitted_at,
			             (select c.due_date_after from progress_update c
			              where c.assignment_id = p.assignment_id and c.kind = 'DEADLINE_CHANGE'
			              order by c.created_at desc, c.id desc limit 1) as due_after
			      from progress_update p
			      order by p.assignment_id, p.created_at desc, p.id desc) l
			where l.assignment_id = a.id
			""";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	ProgressHistoryLoad(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** Whether any assignment has a history entry yet. */
	public boolean anyHistory() {
		return this.jdbc.sql("select exists (select 1 from progress_update)").query(Boolean.class).single();
	}

	/**
	 * Writes the entries {@code entriesQuery} yields (a {@code select}, or a {@code with}
	 * query, in the columns of {@link #ENTRIES}) and what follows from them.
	 * @return the number of entries and the assignments by status afterwards
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Loaded load(String entriesQuery, Map<String, ?> params) {
		// thousands of entries in one go: the per-row triggers that keep submitted_at and
		// the temporal read model current are off for this transaction only (DDL in
		// PostgreSQL is transactional), since the projection and the rebuild below write
		// both for all at once
		this.jdbc.sql("set local statement_timeout = '10min'").update();
		allowLongStatements();
		this.jdbc.sql("alter table progress_update disable trigger assignment_submitted_at_track").update();
		this.jdbc.sql("alter table assignment disable trigger assignment_state_track").update();
		int entries = this.jdbc.sql(ENTRIES + entriesQuery).params(params).update();
		this.jdbc.sql(PROJECTION).update();
		this.jdbc.sql(EXTENSION_REQUESTS).update();
		// the history was written in SQL, so the temporal read model is built from it in
		// one go
		this.jdbc.sql("alter table progress_update enable trigger assignment_submitted_at_track").update();
		this.jdbc.sql("alter table assignment enable trigger assignment_state_track").update();
		this.jdbc.sql("select assignment_state_rebuild(null)").query(Integer.class).single();
		Map<String, Long> byStatus = new LinkedHashMap<>();
		this.jdbc.sql("""
				select status, count(*) from assignment
				group by status order by array_position(array['NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED',
				    'RETURNED', 'COMPLETED'], status::text)""")
			.query((rs, row) -> byStatus.put(rs.getString(1), rs.getLong(2)))
			.list();
		return new Loaded(entries, byStatus);
	}

	/**
	 * The driver gives up on a statement after {@code socketTimeout} (a minute); the
	 * history of a plan is one statement, which may take longer on a small machine. The
	 * pool resets the connection's timeout when it is returned.
	 */
	private void allowLongStatements() {
		try {
			DataSourceUtils.getConnection(this.dataSource).setNetworkTimeout(Runnable::run, 600_000);
		}
		catch (SQLException ex) {
			log.debug("Could not lengthen the network timeout of the demo's connection", ex);
		}
	}

	/** What a load wrote: its entries and the assignments by status afterwards. */
	public record Loaded(int entries, Map<String, Long> byStatus) {
	}

}
