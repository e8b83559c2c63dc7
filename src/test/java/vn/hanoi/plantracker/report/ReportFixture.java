package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hanoi.plantracker.system.Today;

/**
 * A hand-built corner of the shared database that no other test or the demo data touches:
 * three departments (RPT-A, RPT-B, RPT-C), one key area of Plan 133 of their own (ordinal
 * 90) with four tasks, nine assignments with known due dates and histories with known
 * times. Selecting key area 90 gives exactly these rows; the expected numbers are in
 * {@link ReportTests}.
 */
final class ReportFixture {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	final long areaId;

	final Map<String, Long> agencies = new LinkedHashMap<>();

	final Map<String, Long> assignments = new LinkedHashMap<>();

	final long planId;

	private final JdbcClient jdbc;

	private final long author;

	private ReportFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.planId = jdbc.sql("select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14'")
			.query(Long.class)
			.single();
		this.author = jdbc.sql("select min(id) from app_user where role = 'COORDINATOR'").query(Long.class).single();
		Long area = jdbc.sql("select id from key_area where plan_id = :plan and ordinal = 90")
			.param("plan", this.planId)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (area == null) {
			area = build();
		}
		this.areaId = area;
		jdbc.sql("select code, id from agency where code like 'RPT-%' order by code")
			.query((rs, n) -> this.agencies.put(rs.getString(1), rs.getLong(2)))
			.list();
		jdbc.sql("""
				select ag.code || '/' || t.code, a.id from assignment a join task t on t.id = a.task_id
				join agency ag on ag.id = a.agency_id where t.key_area_id = :area order by 1""")
			.param("area", this.areaId)
			.query((rs, n) -> this.assignments.put(rs.getString(1), rs.getLong(2)))
			.list();
	}

	static synchronized ReportFixture on(JdbcClient jdbc) {
		return new ReportFixture(jdbc);
	}

	private long build() {
		for (String code : new String[] { "RPT-A", "RPT-B", "RPT-C" }) {
			String letter = code.substring(4);
			this.jdbc.sql("""
					insert into agency (code, name_vi, name_en, kind, sort_order, active_from)
					values (:code, :vi, :en, 'DEPARTMENT', :sort, date '2025-01-01')""")
				.param("code", code)
				.param("vi", "Sở Kiểm thử Báo cáo " + letter)
				.param("en", "Report Test Department " + letter)
				.param("sort", 900 + letter.charAt(0))
				.update();
		}
		long area = this.jdbc.sql("""
				insert into key_area (plan_id, ordinal, title_vi, title_en)
				values (:plan, 90, 'Lĩnh vực kiểm thử báo cáo', 'Report test area') returning id""")
			.param("plan", this.planId)
			.query(Long.class)
			.single();
		for (int i = 1; i <= 4; i++) {
			this.jdbc.sql("""
					insert into task (key_area_id, code, sort_order, title_vi, title_en, output_vi, output_en,
					                  schedule_kind, due_date, provisional)
					values (:area, :code, :sort, :vi, :en, 'Báo cáo', 'Report', 'FIXED', date '2026-03-31', false)""")
				.param("area", area)
				.param("code", "R." + i)
				.param("sort", i)
				.param("vi", "Nhiệm vụ kiểm thử số " + i + " về phòng, chống mua bán người")
				.param("en", "Report test task " + i)
				.update();
		}
		// A: R.1 on time (accepted 26 Jan in Hanoi, still 25 Jan in UTC), R.2 in
		// progress, R.3 not started
		assign("A", 1, "2026-01-31", "COMPLETED", 100, "2026-01-26",
				entry("2026-01-05T10:00", "PROGRESS", "NOT_STARTED", "IN_PROGRESS", 40),
				entry("2026-01-20T14:00", "SUBMIT", "IN_PROGRESS", "SUBMITTED", 100),
				entry("2026-01-26T06:00", "ACCEPT", "SUBMITTED", "COMPLETED", 100));
		assign("A", 2, "2026-03-31", "IN_PROGRESS", 30, null,
				entry("2026-02-01T09:00", "PROGRESS", "NOT_STARTED", "IN_PROGRESS", 30));
		assign("A", 3, "2026-04-30", "NOT_STARTED", 0, null);
		// B: R.1 late (submitted ten minutes into 1 Feb in Hanoi), R.2 returned and
		// overdue, R.3 on time,
		// R.4 submitted
		assign("B", 1, "2026-01-31", "COMPLETED", 100, "2026-02-05",
				entry("2026-01-10T09:00", "PROGRESS", "NOT_STARTED", "IN_PROGRESS", 50),
				entry("2026-02-01T00:10", "SUBMIT", "IN_PROGRESS", "SUBMITTED", 100),
				entry("2026-02-05T16:00", "ACCEPT", "SUBMITTED", "COMPLETED", 100));
		assign("B", 2, "2026-03-01", "RETURNED", 100, null,
				entry("2026-02-10T09:00", "PROGRESS", "NOT_STARTED", "IN_PROGRESS", 60),
				entry("2026-02-25T15:00", "SUBMIT", "IN_PROGRESS", "SUBMITTED", 100),
				entry("2026-02-27T16:30", "RETURN", "SUBMITTED", "RETURNED", 100));
		assign("B", 3, "2026-02-20", "COMPLETED", 100, "2026-02-19",
				entry("2026-01-15T09:00", "PROGRESS", "NOT_STARTED", "IN_PROGRESS", 20),
				entry("2026-02-18T10:00", "SUBMIT", "IN_PROGRESS", "SUBMITTED", 100),
				entry("2026-02-19T16:00", "ACCEPT", "SUBMITTED", "COMPLETED", 100));
		assign("B", 4, "2026-03-20", "SUBMITTED", 100, null,
				entry("2026-03-01T09:00", "PROGRESS", "NOT_STARTED", "IN_PROGRESS", 50),
				entry("2026-03-10T11:00", "SUBMIT", "IN_PROGRESS", "SUBMITTED", 100));
		// C: R.1 never started and 43 days overdue on 15 Mar; R.2 due on 15 Mar itself
		assign("C", 1, "2026-01-31", "NOT_STARTED", 0, null);
		assign("C", 2, "2026-03-15", "IN_PROGRESS", 10, null,
				entry("2026-03-14T09:00", "PROGRESS", "NOT_STARTED", "IN_PROGRESS", 10));
		return area;
	}

	private void assign(String agency, int task, String due, String status, int percent, String completedOn,
			Object[]... history) {
		long agencyId = this.jdbc.sql("select id from agency where code = :code")
			.param("code", "RPT-" + agency)
			.query(Long.class)
			.single();
		long taskId = this.jdbc
			.sql("select t.id from task t join key_area k on k.id = t.key_area_id "
					+ "where k.plan_id = :plan and k.ordinal = 90 and t.code = :code")
			.param("plan", this.planId)
			.param("code", "R." + task)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into task_agency (task_id, agency_id, role) values (:task, :agency, 'LEAD')")
			.param("task", taskId)
			.param("agency", agencyId)
			.update();
		long id = this.jdbc.sql("""
				insert into assignment (task_id, agency_id, role, period, original_due_date, due_date, status,
				                        percent_complete, completed_on, created_at, changed_at)
				values (:task, :agency, 'LEAD', '', :due, :due, :status, :percent, :completed, :created, :created)
				returning id""")
			.param("created", entry("2026-01-01T08:00", "", "", "", 0)[0])
			.param("task", taskId)
			.param("agency", agencyId)
			.param("due", LocalDate.parse(due))
			.param("status", status)
			.param("percent", percent)
			.param("completed", (completedOn != null) ? LocalDate.parse(completedOn) : null, java.sql.Types.DATE)
			.query(Long.class)
			.single();
		for (Object[] entry : history) {
			this.jdbc.sql("""
					insert into progress_update (assignment_id, author_id, created_at, kind, status_before,
					                             status_after, percent, note)
					values (:id, :author, :at, :kind, :before, :after, :percent, :note)""")
				.param("id", id)
				.param("author", this.author)
				.param("at", entry[0])
				.param("kind", entry[1])
				.param("before", entry[2])
				.param("after", entry[3])
				.param("percent", entry[4])
				.param("note", "Ghi chú kiểm thử: " + entry[1])
				.update();
		}
		// history written in SQL: the temporal read model is rebuilt from it, as for the
		// demo data
		this.jdbc.sql("select assignment_state_rebuild(array[cast(:id as bigint)])")
			.param("id", id)
			.query()
			.listOfRows();
	}

	private static Object[] entry(String hanoiTime, String kind, String before, String after, int percent) {
		OffsetDateTime at = LocalDateTime.parse(hanoiTime).atZone(Today.ZONE).toOffsetDateTime();
		return new Object[] { at, kind, before, after, percent };
	}

	ReportFilter filter(LocalDate asOf) {
		return new ReportFilter(this.planId, null, this.areaId, asOf);
	}

	String query(LocalDate asOf) {
		return "?plan=" + this.planId + "&area=" + this.areaId + ((asOf != null) ? "&asOf=" + asOf : "");
	}

}
