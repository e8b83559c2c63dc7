package vn.hanoi.plantracker.round;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * The rows of an agency's report: the report row, created empty on the first change, and
 * its history entries, written in the caller's transaction.
 */
@Component
class AgencyReportRows {

	private final JdbcClient jdbc;

	private final Today today;

	AgencyReportRows(JdbcClient jdbc, Today today) {
		this.jdbc = jdbc;
		this.today = today;
	}

	Long reportId(long roundId, long agencyId) {
		return this.jdbc.sql("select id from agency_report where round_id = :round and agency_id = :agency")
			.param("round", roundId)
			.param("agency", agencyId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** The report row, created empty (version 0) on the first save of a named agency. */
	long ensureReport(long roundId, long agencyId) {
		this.jdbc.sql("""
				insert into agency_report (round_id, agency_id, updated_at)
				select :round, :agency, :now where exists
				  (select 1 from round_agency where round_id = :round and agency_id = :agency)
				on conflict (round_id, agency_id) do nothing""")
			.param("round", roundId)
			.param("agency", agencyId)
			.param("now", Timestamp.from(this.today.now()))
			.update();
		Long id = reportId(roundId, agencyId);
		if (id == null) {
			throw new RoundNotFoundException("Agency report", agencyId);
		}
		return id;
	}

	void history(long reportId, PlanUser user, String action, String note) {
		this.jdbc.sql("""
				insert into agency_report_event (report_id, actor_id, actor_name, at, action, note)
				values (:report, :actor, :name, :now, :action, :note)""")
			.param("report", reportId)
			.param("actor", user.getId())
			.param("name", user.getFullName())
			.param("now", Timestamp.from(this.today.now()))
			.param("action", action)
			.param("note", note)
			.update();
	}

	/** The report's history, oldest first. */
	List<ReportEvent> events(long roundId, long agencyId) {
		return this.jdbc.sql("""
				select e.at, e.actor_name, e.action, e.note from agency_report_event e
				join agency_report r on r.id = e.report_id
				where r.round_id = :round and r.agency_id = :agency
				order by e.at, e.id""")
			.param("round", roundId)
			.param("agency", agencyId)
			.query((rs, n) -> new ReportEvent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

}
