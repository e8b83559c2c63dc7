package vn.hanoi.plantracker.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.standing.Deadlines;

/**
 * Set-based reads for the officer's pages: a fixed number of statements per page,
 * whatever the size of the agency, the task or the history.
 */
@Component
@Transactional(readOnly = true)
class AssignmentQueries {

	private final JdbcClient jdbc;

	AssignmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The agency's open work that waits on it, by kind, in one statement: returned for
	 * correction, else overdue ({@link Deadlines#OVERDUE_SQL}), else due soon
	 * ({@link Deadlines#DUE_SOON_SQL} up to {@code dueSoonUntil}) and not sent (work
	 * awaiting review waits on the coordinator); of each kind its first {@code shown} by
	 * due date and how many there are. Reads the agency's open work by its index, returns
	 * at most three times {@code shown} rows.
	 */
	Map<WaitingWork.Kind, WaitingWork> waitingOn(long agencyId, LocalDate today, LocalDate dueSoonUntil, int shown) {
		String kind = "(case when a.status = 'RETURNED' then 'RETURNED' when " + Deadlines.OVERDUE_SQL
				+ " then 'OVERDUE' when " + Deadlines.DUE_SOON_SQL
				+ " and a.status <> 'SUBMITTED' then 'DUE_SOON' end)";
		Map<WaitingWork.Kind, List<MyAssignmentRow>> rows = new java.util.EnumMap<>(WaitingWork.Kind.class);
		Map<WaitingWork.Kind, Long> totals = new java.util.EnumMap<>(WaitingWork.Kind.class);
		this.jdbc.sql("""
				select w.*, t.code, t.title_vi, t.title_en, k.ordinal, p.number
				from (select a.id, a.task_id, a.period, a.role, a.requested, a.due_date, a.original_due_date, a.status,
				             a.percent_complete, a.completed_on, a.kind,
				             count(*) over (partition by a.kind) as total,
				             row_number() over (partition by a.kind order by a.due_date, a.id) as place
				      from (select a.*, %s as kind from assignment a
				            where a.agency_id = :agencyId and a.closed_at is null and a.status <> 'COMPLETED') a
				      where a.kind is not null) w
				join task t on t.id = w.task_id
				join key_area k on k.id = t.key_area_id
				join plan p on p.id = k.plan_id
				where w.place <= :shown
				order by w.kind, w.place
				""".formatted(kind))
			.param("agencyId", agencyId)
			.param("today", today)
			.param("dueSoonUntil", dueSoonUntil)
			.param("shown", shown)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> {
				WaitingWork.Kind k = WaitingWork.Kind.valueOf(rs.getString("kind"));
				totals.put(k, rs.getLong("total"));
				rows.computeIfAbsent(k, (any) -> new java.util.ArrayList<>())
					.add(new MyAssignmentRow(rs.getLong("id"), rs.getString("code"), rs.getString("title_vi"),
							rs.getString("title_en"), rs.getInt("ordinal"), rs.getString("period"),
							AgencyRole.valueOf(rs.getString("role")), rs.getBoolean("requested"), date(rs, "due_date"),
							date(rs, "original_due_date"), AssignmentStatus.valueOf(rs.getString("status")),
							rs.getInt("percent_complete"), date(rs, "completed_on"), rs.getString("number")));
			});
		Map<WaitingWork.Kind, WaitingWork> waiting = new java.util.EnumMap<>(WaitingWork.Kind.class);
		for (WaitingWork.Kind k : WaitingWork.Kind.values()) {
			waiting.put(k, new WaitingWork(k, rows.getOrDefault(k, List.of()), totals.getOrDefault(k, 0L)));
		}
		return waiting;
	}

	List<AreaOption> areasOf(long agencyId) {
		return this.jdbc.sql("""
				select distinct k.ordinal, k.title_vi, k.title_en
				from assignment a join task t on t.id = a.task_id join key_area k on k.id = t.key_area_id
				where a.agency_id = :agencyId order by k.ordinal
				""")
			.param("agencyId", agencyId)
			.query((rs, n) -> new AreaOption(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	Optional<AssignmentView> view(long id) {
		return this.jdbc.sql("""
				select a.id, a.version, t.id as task_id, t.code, t.title_vi, t.title_en, t.description_vi,
				       t.description_en, t.output_vi, t.output_en, k.ordinal, k.title_vi as area_vi,
				       k.title_en as area_en, p.id as plan_id, p.number, ag.id as agency_id, ag.name_vi, ag.name_en,
				       a.role, a.requested, a.period, a.due_date, a.original_due_date, a.status, a.percent_complete,
				       a.completed_on, a.last_update_at, a.closed_at
				from assignment a
				join task t on t.id = a.task_id
				join key_area k on k.id = t.key_area_id
				join plan p on p.id = k.plan_id
				join agency ag on ag.id = a.agency_id
				where a.id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new AssignmentView(rs.getLong("id"), rs.getLong("version"), rs.getLong("task_id"),
					rs.getString("code"), rs.getString("title_vi"), rs.getString("title_en"),
					rs.getString("description_vi"), rs.getString("description_en"), rs.getString("output_vi"),
					rs.getString("output_en"), rs.getInt("ordinal"), rs.getString("area_vi"), rs.getString("area_en"),
					rs.getLong("plan_id"), rs.getString("number"), rs.getLong("agency_id"), rs.getString("name_vi"),
					rs.getString("name_en"), AgencyRole.valueOf(rs.getString("role")), rs.getBoolean("requested"),
					rs.getString("period"), date(rs, "due_date"), date(rs, "original_due_date"),
					AssignmentStatus.valueOf(rs.getString("status")), rs.getInt("percent_complete"),
					date(rs, "completed_on"), instant(rs, "last_update_at"), rs.getTimestamp("closed_at") != null))
			.optional();
	}

	/**
	 * The plan's coordinating agency, which reviews what this assignment's agency
	 * submits.
	 */
	Optional<String> coordinatorName(long assignmentId) {
		return this.jdbc.sql("""
				select c.name_vi, c.name_en from assignment a
				join task t on t.id = a.task_id
				join key_area k on k.id = t.key_area_id
				join plan p on p.id = k.plan_id
				join agency c on c.id = p.standing_body_agency_id
				where a.id = :id""")
			.param("id", assignmentId)
			.query((rs, n) -> vn.hanoi.plantracker.system.Localized.pick(rs.getString(1), rs.getString(2)))
			.optional();
	}

	/**
	 * The history of one assignment, newest first, each entry with its files (two
	 * statements in all).
	 */
	List<HistoryEntry> history(long assignmentId) {
		Map<Long, List<EvidenceMeta>> files = this.jdbc.sql("""
				select e.id, e.progress_update_id, e.original_name, e.content_type, e.size_bytes, e.sha256
				from evidence_file e join progress_update u on u.id = e.progress_update_id
				where u.assignment_id = :id order by e.id
				""")
			.param("id", assignmentId)
			.query((rs, n) -> new EvidenceMeta(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getString(6)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(EvidenceMeta::updateId));
		return this.jdbc.sql("""
				select u.id, u.created_at, u.author_name, n.name_vi, n.name_en,
				       u.kind, u.status_before, u.status_after, u.percent, u.note, u.document_ref, u.due_date_before,
				       u.due_date_after, u.difficulties, u.proposals
				from progress_update u
				-- the author as the entry was written: name and agency stored with it (V181),
				-- the agency's name of that day (the agency module's published function)
				cross join lateral agency_name_on(u.author_agency_id,
				  (u.created_at at time zone 'Asia/Ho_Chi_Minh')::date) n
				where u.assignment_id = :id
				order by u.created_at desc, u.id desc
				""")
			.param("id", assignmentId)
			.query((rs, n) -> new HistoryEntry(rs.getLong(1), instant(rs, "created_at"), rs.getString(3),
					rs.getString(4), rs.getString(5), UpdateKind.valueOf(rs.getString(6)),
					AssignmentStatus.valueOf(rs.getString(7)), AssignmentStatus.valueOf(rs.getString(8)), rs.getInt(9),
					rs.getString(10), rs.getString(11), date(rs, "due_date_before"), date(rs, "due_date_after"),
					rs.getString("difficulties"), rs.getString("proposals"), List.of()))
			.list()
			.stream()
			.map((entry) -> entry.withFiles(files.getOrDefault(entry.id(), List.of())))
			.toList();
	}

	/**
	 * The other agencies' assignments on the same task and period, each with its latest
	 * report: the other role first (a lead's supporting agencies), and within a role the
	 * newest report first, so that the first page of a task with many agencies shows the
	 * reports a lead rolls up rather than the first agencies in the city's order.
	 */
	List<SiblingAssignment> siblings(long assignmentId) {
		return this.jdbc.sql("""
				select o.id, ag.name_vi, ag.name_en, o.role, o.requested, o.status, o.percent_complete, o.due_date,
				       latest.created_at, latest.note, latest.document_ref
				from assignment a
				join assignment o on o.task_id = a.task_id and o.period = a.period and o.id <> a.id
				join agency ag on ag.id = o.agency_id
				left join lateral (
				  select u.created_at, u.note, u.document_ref from progress_update u
				  where u.assignment_id = o.id and u.kind in ('PROGRESS', 'SUBMIT')
				  order by u.created_at desc, u.id desc limit 1) latest on true
				where a.id = :id and o.closed_at is null
				order by (o.role = a.role), o.role, latest.created_at desc nulls last, ag.sort_order, ag.id
				""")
			.param("id", assignmentId)
			.query((rs, n) -> new SiblingAssignment(rs.getLong(1), rs.getString(2), rs.getString(3),
					AgencyRole.valueOf(rs.getString(4)), rs.getBoolean(5), AssignmentStatus.valueOf(rs.getString(6)),
					rs.getInt(7), date(rs, "due_date"), instant(rs, "created_at"), rs.getString(10), rs.getString(11)))
			.list();
	}

	/**
	 * The agency that owns the assignment an evidence file belongs to, for the access
	 * check.
	 */
	Optional<Long> agencyOfEvidence(long evidenceId) {
		return this.jdbc.sql("""
				select a.agency_id from evidence_file e
				join progress_update u on u.id = e.progress_update_id
				join assignment a on a.id = u.assignment_id
				where e.id = :id
				""").param("id", evidenceId).query(Long.class).optional();
	}

	Optional<EvidenceDownload> evidence(long evidenceId) {
		return this.jdbc.sql("select original_name, content_type, content from evidence_file where id = :id")
			.param("id", evidenceId)
			.query((rs, n) -> new EvidenceDownload(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
