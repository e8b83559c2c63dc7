package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hanoi.plantracker.system.Today;

/**
 * A plan of its own (999/KH-UBND of 1 June 2024, so never the latest plan) that no other
 * test touches, for the annex: two key areas, three tasks, two departments, five wards
 * and one requested body, with known histories. As of 15 March 2026:
 * <ul>
 * <li>A.1 (due 31/01/2026, provisional): ANX-D1 completed on time; ANX-D2 returned and
 * overdue, its latest report with difficulties and proposals; wards 1-4 completed, ward 5
 * never started (overdue); ANX-J (requested, due 31/03/2026) submitted.</li>
 * <li>A.2 (due 30/06/2026) confirmed against document 99/UBND-KT of 01/02/2026: ANX-D1
 * not started.</li>
 * <li>B.1 (due 30/06/2026, provisional) in the second area: ANX-D2 in progress.</li>
 * </ul>
 */
final class AnnexFixture {

	static final String RETURN_REASON = "Lý do trả lại kiểm thử: thiếu biên bản";

	/**
	 * Text as users should not but may type it: a control character (U+0001, which XML
	 * 1.0 cannot carry), markup, both quotes, the end of a CDATA section and a tab.
	 */
	static final String AWKWARD = "Nhiệm vụ \u0001 <b>&amp;</b> \"trích\tdẫn\" 'đơn' ]]> <&>";

	final long planId;

	private final JdbcClient jdbc;

	private final long author;

	private AnnexFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.author = jdbc.sql("select min(id) from app_user where role = 'COORDINATOR'").query(Long.class).single();
		Long plan = jdbc.sql("select id from plan where number = '999/KH-UBND'")
			.query(Long.class)
			.optional()
			.orElse(null);
		this.planId = (plan != null) ? plan : build();
	}

	static synchronized AnnexFixture on(JdbcClient jdbc) {
		return new AnnexFixture(jdbc);
	}

	private long build() {
		agency("ANX-D1", "Sở Kiểm thử Phụ lục Một", "Annex Test Department One", "DEPARTMENT", 950);
		agency("ANX-D2", "Sở Kiểm thử Phụ lục Hai", "Annex Test Department Two", "DEPARTMENT", 951);
		agency("ANX-J", "Viện kiểm sát kiểm thử phụ lục", "Annex Test Procuracy", "JUDICIAL", 952);
		for (int i = 1; i <= 5; i++) {
			agency("ANX-W" + i, "Phường Kiểm Thử Phụ Lục " + i, "Annex Test Ward " + i, "LOCAL_AUTHORITY", 1950 + i);
		}
		long plan = plan("999/KH-UBND", "2024-06-01", "Kế hoạch kiểm thử phụ lục báo cáo", "Annex test plan");
		long areaA = area(plan, 1, "Lĩnh vực kiểm thử thứ nhất", "First test area");
		long areaB = area(plan, 2, "Lĩnh vực kiểm thử thứ hai", "Second test area");
		long a1 = task(areaA, "A.1", 1, "Nhiệm vụ phụ lục có nhiều phường", "Annex task with many wards", "2026-01-31",
				true);
		long a2 = task(areaA, "A.2", 2, "Nhiệm vụ phụ lục đã xác nhận thời hạn", "Annex task with a confirmed deadline",
				"2026-06-30", false);
		long b1 = task(areaB, "B.1", 1, "Nhiệm vụ phụ lục lĩnh vực hai", "Annex task of the second area", "2026-06-30",
				true);
		this.jdbc.sql("""
				insert into task_deadline_confirmation (task_id, author_id, confirmed_at, document_number,
				                                        document_date, schedule)
				values (:task, :author, :at, '99/UBND-KT', date '2026-02-01', 'FIXED 2026-06-30')""")
			.param("task", a2)
			.param("author", this.author)
			.param("at", at("2026-02-02T09:00"))
			.update();
		long d1 = assign(a1, "ANX-D1", "LEAD", "2026-01-31", "COMPLETED", "2026-01-25");
		report(d1, "2026-01-20T09:00", "SUBMIT", "IN_PROGRESS", "SUBMITTED", "Đã ban hành báo cáo rà soát", null, null);
		report(d1, "2026-01-25T09:00", "ACCEPT", "SUBMITTED", "COMPLETED", null, null, null);
		long d2 = assign(a1, "ANX-D2", "LEAD", "2026-01-31", "RETURNED", null);
		report(d2, "2026-01-10T09:00", "PROGRESS", "NOT_STARTED", "IN_PROGRESS", "Đang rà soát",
				"Khó khăn cũ đã giải quyết", null);
		report(d2, "2026-01-28T09:00", "SUBMIT", "IN_PROGRESS", "SUBMITTED", "Đã rà soát xong",
				"Thiếu kinh phí thuê chuyên gia", "Đề nghị Sở Tài chính bổ sung kinh phí");
		report(d2, "2026-02-03T09:00", "RETURN", "SUBMITTED", "RETURNED", RETURN_REASON, null, null);
		for (int i = 1; i <= 4; i++) {
			long ward = assign(a1, "ANX-W" + i, "LEAD", "2026-01-31", "COMPLETED", "2026-01-30");
			report(ward, "2026-01-29T09:00", "SUBMIT", "IN_PROGRESS", "SUBMITTED", "Phường đã hoàn thành", null, null);
			report(ward, "2026-01-30T09:00", "ACCEPT", "SUBMITTED", "COMPLETED", null, null, null);
		}
		assign(a1, "ANX-W5", "LEAD", "2026-01-31", "NOT_STARTED", null);
		long j = assign(a1, "ANX-J", "SUPPORT", "2026-03-31", "SUBMITTED", null);
		report(j, "2026-03-01T09:00", "SUBMIT", "IN_PROGRESS", "SUBMITTED", "Viện kiểm sát đã góp ý", null, null);
		assign(a2, "ANX-D1", "LEAD", "2026-06-30", "NOT_STARTED", null);
		long b = assign(b1, "ANX-D2", "LEAD", "2026-06-30", "IN_PROGRESS", null);
		report(b, "2026-02-10T09:00", "PROGRESS", "NOT_STARTED", "IN_PROGRESS", "Đang triển khai", null,
				"Đề nghị hướng dẫn mẫu báo cáo");
		return plan;
	}

	/**
	 * A second plan (998/KH-UBND) with one task of ANX-D1 whose title, latest note and
	 * difficulties hold {@link #AWKWARD}: what XML must escape, and a control character
	 * it cannot carry at all.
	 */
	long awkwardPlan() {
		synchronized (AnnexFixture.class) {
			Long existing = this.jdbc.sql("select id from plan where number = '998/KH-UBND'")
				.query(Long.class)
				.optional()
				.orElse(null);
			if (existing != null) {
				return existing;
			}
			long plan = plan("998/KH-UBND", "2024-05-01", "Kế hoạch kiểm thử ký tự đặc biệt", "Awkward text plan");
			long area = area(plan, 1, "Lĩnh vực có ký tự <đặc biệt> & \"trích dẫn\"", "Area with <markup>");
			long task = task(area, "Z.1", 1, AWKWARD, "Awkward " + AWKWARD, "2026-01-31", false);
			long assignment = assign(task, "ANX-D1", "LEAD", "2026-01-31", "IN_PROGRESS", null);
			report(assignment, "2026-01-20T09:00", "PROGRESS", "NOT_STARTED", "IN_PROGRESS", "Ghi chú " + AWKWARD,
					"Khó khăn " + AWKWARD, null);
			return plan;
		}
	}

	private long plan(String number, String issuedOn, String vi, String en) {
		return this.jdbc.sql("""
				insert into plan (number, issued_on, title_vi, title_en, signer, legal_basis_vi, legal_basis_en,
				                  standing_body_agency_id)
				values (:number, :issued, :vi, :en, 'Người ký kiểm thử', 'Căn cứ kiểm thử', 'Test basis',
				        (select id from agency where code = 'CATP')) returning id""")
			.param("number", number)
			.param("issued", LocalDate.parse(issuedOn))
			.param("vi", vi)
			.param("en", en)
			.query(Long.class)
			.single();
	}

	private void agency(String code, String vi, String en, String kind, int sort) {
		this.jdbc.sql("""
				insert into agency (code, name_vi, name_en, kind, sort_order, active_from)
				values (:code, :vi, :en, :kind, :sort, date '2025-01-01')""")
			.param("code", code)
			.param("vi", vi)
			.param("en", en)
			.param("kind", kind)
			.param("sort", sort)
			.update();
	}

	private long area(long plan, int ordinal, String vi, String en) {
		return this.jdbc.sql("""
				insert into key_area (plan_id, ordinal, title_vi, title_en) values (:plan, :ordinal, :vi, :en)
				returning id""")
			.param("plan", plan)
			.param("ordinal", ordinal)
			.param("vi", vi)
			.param("en", en)
			.query(Long.class)
			.single();
	}

	private long task(long area, String code, int sort, String vi, String en, String due, boolean provisional) {
		return this.jdbc.sql("""
				insert into task (key_area_id, code, sort_order, title_vi, title_en, output_vi, output_en,
				                  schedule_kind, due_date, provisional)
				values (:area, :code, :sort, :vi, :en, 'Báo cáo kết quả', 'Results report', 'FIXED', :due,
				        :provisional) returning id""")
			.param("area", area)
			.param("code", code)
			.param("sort", sort)
			.param("vi", vi)
			.param("en", en)
			.param("due", LocalDate.parse(due))
			.param("provisional", provisional)
			.query(Long.class)
			.single();
	}

	private long assign(long task, String agency, String role, String due, String status, String completedOn) {
		long agencyId = this.jdbc.sql("select id from agency where code = :code")
			.param("code", agency)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into task_agency (task_id, agency_id, role, requested)
				values (:task, :agency, :role, :requested) on conflict do nothing""")
			.param("task", task)
			.param("agency", agencyId)
			.param("role", role)
			.param("requested", agency.equals("ANX-J"))
			.update();
		return this.jdbc.sql("""
				insert into assignment (task_id, agency_id, role, requested, period, original_due_date, due_date,
				                        status, percent_complete, completed_on, created_at, changed_at)
				values (:task, :agency, :role, :requested, '', :due, :due, :status, :percent, :completed,
				        timestamptz '2025-06-01 08:00+07', timestamptz '2025-06-01 08:00+07')
				returning id""")
			.param("task", task)
			.param("agency", agencyId)
			.param("role", role)
			.param("requested", agency.equals("ANX-J"))
			.param("due", LocalDate.parse(due))
			.param("status", status)
			.param("percent", status.equals("NOT_STARTED") ? 0 : 100)
			.param("completed", (completedOn != null) ? LocalDate.parse(completedOn) : null, java.sql.Types.DATE)
			.query(Long.class)
			.single();
	}

	private void report(long assignment, String hanoiTime, String kind, String before, String after, String note,
			String difficulties, String proposals) {
		this.jdbc.sql("""
				insert into progress_update (assignment_id, author_id, created_at, kind, status_before, status_after,
				                             percent, note, difficulties, proposals)
				values (:id, :author, :at, :kind, :before, :after, 100, :note, :difficulties, :proposals)""")
			.param("id", assignment)
			.param("author", this.author)
			.param("at", at(hanoiTime))
			.param("kind", kind)
			.param("before", before)
			.param("after", after)
			.param("note", note, java.sql.Types.VARCHAR)
			.param("difficulties", difficulties, java.sql.Types.VARCHAR)
			.param("proposals", proposals, java.sql.Types.VARCHAR)
			.update();
		// history written in SQL: the temporal read model is rebuilt from it
		this.jdbc.sql("select assignment_state_rebuild(array[cast(:id as bigint)])")
			.param("id", assignment)
			.query()
			.listOfRows();
	}

	private static OffsetDateTime at(String hanoiTime) {
		return LocalDateTime.parse(hanoiTime).atZone(Today.ZONE).toOffsetDateTime();
	}

	String query(LocalDate asOf) {
		return "?plan=" + this.planId + ((asOf != null) ? "&asOf=" + asOf : "");
	}

}
