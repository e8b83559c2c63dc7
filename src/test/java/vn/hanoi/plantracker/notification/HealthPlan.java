package vn.hanoi.plantracker.notification;

import java.time.LocalDate;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.user.UserAccounts;

/**
 * A plan run by the Department of Health (SYT), not the City Police: Plan
 * {@value #NUMBER}, published, with one key area, a coordinator of the department of its
 * own, and, on demand, a new task of an agency in it (one assignment) and a round of
 * {@value #ROUND_YEAR}. Made once in the shared database and found again after.
 */
final class HealthPlan {

	static final String NUMBER = "841/KH-UBND";

	static final int ROUND_YEAR = 2099;

	private static final String COORDINATOR = "test.coordinator.syt";

	private final Fixtures fixtures;

	private final UserAccounts accounts;

	HealthPlan(Fixtures fixtures, UserAccounts accounts) {
		this.fixtures = fixtures;
		this.accounts = accounts;
	}

	/** The department's own coordinator (the City Police's is {@code coordinator}). */
	PlanUser coordinator() {
		if (!this.accounts.exists(COORDINATOR)) {
			this.accounts.create(COORDINATOR, "test-password-1", "Điều phối Sở Y tế (kiểm thử)", Role.COORDINATOR,
					"SYT");
		}
		return this.fixtures.user(COORDINATOR);
	}

	long planId() {
		return this.fixtures.jdbc()
			.sql("select id from plan where number = :number")
			.param("number", NUMBER)
			.query(Long.class)
			.optional()
			.orElseGet(() -> this.fixtures.jdbc()
				.sql("""
						insert into plan (number, issued_on, title_vi, title_en, signer, legal_basis_vi, legal_basis_en,
						                  standing_body_agency_id, status, published_at)
						select :number, date '2025-01-03', 'Kế hoạch kiểm thử của Sở Y tế', 'Test plan of the Department of Health',
						       'Người ký kiểm thử', 'Kiểm thử', 'Testing', ag.id, 'PUBLISHED', now()
						from agency ag where ag.code = 'SYT'
						returning id""")
				.param("number", NUMBER)
				.query(Long.class)
				.single());
	}

	/** A new NOT_STARTED assignment of the agency in this plan, due on {@code due}. */
	long newAssignment(String agencyCode, LocalDate due) {
		long plan = planId();
		long area = this.fixtures.jdbc()
			.sql("select id from key_area where plan_id = :plan and ordinal = 1")
			.param("plan", plan)
			.query(Long.class)
			.optional()
			.orElseGet(() -> this.fixtures.jdbc()
				.sql("insert into key_area (plan_id, ordinal, title_vi, title_en) values (:plan, 1, 'Y tế', 'Health')"
						+ " returning id")
				.param("plan", plan)
				.query(Long.class)
				.single());
		long task = this.fixtures.jdbc()
			.sql("""
					insert into task (key_area_id, code, sort_order, title_vi, title_en, output_vi, output_en, schedule_kind,
					                  due_date, provisional)
					select :area, 'Y.' || (count(*) + 1), count(*) + 1, 'Nhiệm vụ y tế kiểm thử', 'Health test task',
					       'Báo cáo', 'Report', 'FIXED', :due, false
					from task where key_area_id = :area
					returning id""")
			.param("area", area)
			.param("due", due)
			.query(Long.class)
			.single();
		// the agency leads the task, as a plan's own tasks name their lead
		// (ReferenceDataTests)
		this.fixtures.jdbc()
			.sql("insert into task_agency (task_id, agency_id, role) select :task, id, 'LEAD' from agency where code = :code")
			.param("task", task)
			.param("code", agencyCode)
			.update();
		return this.fixtures.jdbc()
			.sql("""
					insert into assignment (task_id, agency_id, role, period, original_due_date, due_date, status,
					                        percent_complete, created_at, changed_at)
					select :task, ag.id, 'LEAD', '', :due, :due, 'NOT_STARTED', 0, now(), now()
					from agency ag where ag.code = :code
					returning id""")
			.param("task", task)
			.param("code", agencyCode)
			.param("due", due)
			.query(Long.class)
			.single();
	}

	/** The plan's round of {@value #ROUND_YEAR}. */
	long round() {
		long plan = planId();
		this.fixtures.jdbc()
			.sql("""
					insert into reporting_round (plan_id, kind, year, title_vi, title_en, period_start, period_end, cutoff_on,
					                             due_on, opened_at)
					values (:plan, 'YEAR', :year, 'Báo cáo năm 2099 (Sở Y tế)', 'Report 2099 (Health)', date '2099-01-01',
					        date '2099-12-31', date '2099-12-15', date '2099-12-20', now())
					on conflict do nothing""")
			.param("plan", plan)
			.param("year", ROUND_YEAR)
			.update();
		return this.fixtures.jdbc()
			.sql("select id from reporting_round where plan_id = :plan and kind = 'YEAR' and year = :year")
			.param("plan", plan)
			.param("year", ROUND_YEAR)
			.query(Long.class)
			.single();
	}

}
