package vn.hanoi.plantracker.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.plan.PlanAccess;
import vn.hanoi.plantracker.system.access.CoordinatorOnly;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * Reads of extension requests: the latest one of an assignment (for its page, whose
 * access check the caller has made) and the coordinator's list of pending ones.
 */
@Service
@Transactional(readOnly = true)
public class ExtensionReading {

	private static final String SELECT = """
			select r.id, r.version, a.id as assignment_id, t.code, t.title_vi, t.title_en, ag.name_vi, ag.name_en,
			       a.period, a.original_due_date, a.due_date, r.due_date_at_request, r.requested_due_date, r.reason,
			       u.full_name, r.requested_at, r.status, r.decision_note
			from deadline_extension_request r
			join assignment a on a.id = r.assignment_id
			join task t on t.id = a.task_id
			join agency ag on ag.id = a.agency_id
			join app_user u on u.id = r.requested_by
			""";

	private final JdbcClient jdbc;

	private final PlanAccess plans;

	ExtensionReading(JdbcClient jdbc, PlanAccess plans) {
		this.jdbc = jdbc;
		this.plans = plans;
	}

	/** The assignment's most recent request, pending or decided. */
	public Optional<ExtensionView> latestOf(long assignmentId) {
		return this.jdbc.sql(SELECT + " where r.assignment_id = :id order by r.requested_at desc, r.id desc limit 1")
			.param("id", assignmentId)
			.query(ExtensionReading::row)
			.optional();
	}

	/**
	 * The pending requests of the plans the coordinator runs (their agency is the plan's
	 * standing body: {@link PlanAccess#coordinatedAreaIds}), oldest first: the
	 * coordinator's queue.
	 */
	@CoordinatorOnly
	public List<ExtensionView> pending(PlanUser coordinator) {
		List<Long> areas = this.plans.coordinatedAreaIds(coordinator).orElseThrow();
		return this.jdbc
			.sql(SELECT + " where r.status = 'PENDING' and t.key_area_id = any (cast(:areas as bigint[]))"
					+ " order by r.requested_at, r.id")
			.param("areas", areas.toArray(new Long[0]))
			.query(ExtensionReading::row)
			.list();
	}

	/** The assignment a request belongs to, to send the user back to it. */
	public Optional<Long> assignmentOf(long requestId) {
		return this.jdbc.sql("select assignment_id from deadline_extension_request where id = :id")
			.param("id", requestId)
			.query(Long.class)
			.optional();
	}

	private static ExtensionView row(ResultSet rs, int n) throws SQLException {
		return new ExtensionView(rs.getLong("id"), rs.getLong("version"), rs.getLong("assignment_id"),
				rs.getString("code"), rs.getString("title_vi"), rs.getString("title_en"), rs.getString("name_vi"),
				rs.getString("name_en"), rs.getString("period"), date(rs, "original_due_date"), date(rs, "due_date"),
				date(rs, "due_date_at_request"), date(rs, "requested_due_date"), rs.getString("reason"),
				rs.getString("full_name"), rs.getTimestamp("requested_at").toInstant(),
				ExtensionStatus.valueOf(rs.getString("status")), rs.getString("decision_note"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}
