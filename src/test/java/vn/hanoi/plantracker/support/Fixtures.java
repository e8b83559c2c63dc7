package vn.hanoi.plantracker.support;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.user.UserAccounts;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * Test data on the shared database: officers for any agency and assignments that no other
 * test has touched, so that tests do not depend on each other's order.
 */
@Component
public class Fixtures {

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	private final UserDetailsService users;

	/** The number of the plan in which {@link #newAssignment} makes its tasks. */
	public static final String FIXTURE_PLAN = "KT-01/KH-FIXTURES";

	/** The due day of {@link #newAssignment}'s tasks: the plan's last year. */
	static final java.time.LocalDate NEW_TASK_DUE = java.time.LocalDate.of(2030, 12, 15);

	/**
	 * The work {@link #unusedCommune} gives a commune it makes: as much as it asks of
	 * one.
	 */
	static final int NEW_COMMUNE_WORK = 10;

	private final Set<Long> handedOut = new HashSet<>();

	private final Set<String> communesHandedOut = new HashSet<>();

	private String accountCommune;

	private int accountsMade;

	public Fixtures(JdbcClient jdbc, UserAccounts accounts, UserDetailsService users) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.users = users;
	}

	/** An officer of the agency with this code, created on first use. */
	public PlanUser officerOf(String agencyCode) {
		String username = "test." + agencyCode.toLowerCase();
		if (!this.accounts.exists(username)) {
			this.accounts.create(username, "test-password-1", "Cán bộ kiểm thử " + agencyCode, Role.OFFICER,
					agencyCode);
		}
		// another test may have moved this account (made it a leader of another agency):
		// handing it out as this agency's officer would mail and count it in the wrong
		// place
		boolean stillOfficerHere = this.jdbc.sql("""
				select count(*) from app_user u join agency ag on ag.id = u.agency_id
				where u.username = :username and u.role = 'OFFICER' and ag.code = :code""")
			.param("username", username)
			.param("code", agencyCode)
			.query(Long.class)
			.single() == 1;
		if (!stillOfficerHere) {
			throw new IllegalStateException(
					username + " is no longer an officer of " + agencyCode + ": another test changed it");
		}
		return (PlanUser) this.users.loadUserByUsername(username);
	}

	public PlanUser user(String username) {
		return (PlanUser) this.users.loadUserByUsername(username);
	}

	/**
	 * Signs the user in on the test's own thread, as a request would, for a test that
	 * calls the application's services (their access rules read the security context);
	 * the test clears the context after.
	 */
	public PlanUser signIn(String username) {
		PlanUser user = user(username);
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
				.authenticated(user, null, user.getAuthorities()));
		return user;
	}

	public RequestPostProcessor as(PlanUser planUser) {
		return SecurityMockMvcRequestPostProcessors.user(planUser);
	}

	/**
	 * A commune or ward that no test has used yet (no account, not even its test
	 * officer's moved to another agency or role by an earlier test context, no history),
	 * so that a test can take several of its assignments without meeting another test's
	 * changes. One of the city's real communes, with its full share of work: a ward a
	 * test created for itself (the annex tests' few-assignment wards) is never handed
	 * out, whichever test class ran first. When every commune has been used (many tests
	 * in one context), a new commune of its own ({@link #newCommune}), so that no test
	 * fails for the order the tests ran in.
	 */
	public synchronized String unusedCommune() {
		String code = this.jdbc.sql("""
				select ag.code from agency ag
				where ag.kind = 'LOCAL_AUTHORITY'
				  and not exists (select 1 from app_user u where u.agency_id = ag.id)
				  and not exists (select 1 from app_user u where u.username = 'test.' || lower(ag.code))
				  and not exists (select 1 from assignment a join progress_update p on p.assignment_id = a.id
				                  where a.agency_id = ag.id)
				  and (select count(*) from assignment a where a.agency_id = ag.id and a.status = 'NOT_STARTED') >= 10
				  and (cardinality(cast(:taken as text[])) = 0 or ag.code <> all (cast(:taken as text[])))
				order by ag.sort_order desc limit 1""")
			.param("taken", this.communesHandedOut.toArray(new String[0]))
			.query(String.class)
			.optional()
			.orElseGet(this::newCommune);
		this.communesHandedOut.add(code);
		return code;
	}

	/**
	 * A new ward of the city, in being since 2025, with no account and a share of work
	 * like a real commune's ({@value #NEW_COMMUNE_WORK} NOT_STARTED assignments of its
	 * own, {@link #newAssignment}: half due 15/12/2025, half 15/12/2030).
	 */
	private String newCommune() {
		long n = this.jdbc.sql("select count(*) + 1 from agency where code like 'TX-KT-%'").query(Long.class).single();
		String code = "TX-KT-" + n;
		this.jdbc.sql("""
				insert into agency (code, name_vi, name_en, kind, sort_order, active_from)
				values (:code, :vi, :en, 'LOCAL_AUTHORITY', :sort, date '2025-01-01')""")
			.param("code", code)
			.param("vi", "Phường kiểm thử " + n)
			.param("en", "Test ward " + n)
			.param("sort", 90000 + (int) n)
			.update();
		// like a real commune's: some work already due (Plan 133's 2025 deadlines), the
		// rest
		// not yet due on any day the demo runs
		for (int i = 0; i < NEW_COMMUNE_WORK; i++) {
			newAssignment(code, (i % 2 == 0) ? java.time.LocalDate.of(2025, 12, 15) : NEW_TASK_DUE);
		}
		return code;
	}

	/**
	 * The one commune where {@link #freshOfficer()} makes its accounts: taken from the
	 * untouched communes once, so that a test that needs only an account does not use up
	 * a commune whose work another test needs fresh.
	 */
	public synchronized String accountCommune() {
		if (this.accountCommune == null) {
			this.accountCommune = unusedCommune();
		}
		return this.accountCommune;
	}

	/**
	 * A new officer account of its own (password {@code test-password-1}) that no other
	 * test has seen, of {@link #accountCommune()}: for tests of sign-in, sessions,
	 * passwords and account administration, which need an account but none of its
	 * agency's work.
	 */
	public synchronized PlanUser freshOfficer() {
		String username = "test.account." + (++this.accountsMade) + "."
				+ java.util.UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "test-password-1", "Cán bộ kiểm thử tài khoản " + this.accountsMade,
				Role.OFFICER, accountCommune());
		return (PlanUser) this.users.loadUserByUsername(username);
	}

	/**
	 * A NOT_STARTED assignment of this agency with no history, not handed to any other
	 * test: one of the reference data's if the demo and the tests before have left one,
	 * otherwise a new one, of the fixtures' plan ({@link #newAssignment}), so that no
	 * test depends on the history the demo wrote for the day it started.
	 */
	public synchronized long freshAssignment(String agencyCode) {
		return freshAssignment(agencyCode, null);
	}

	/**
	 * A fresh assignment of the agency whose period has begun by {@code begunBy} (any
	 * period when null): every figure leaves out a period that has not begun. When the
	 * demo has left none (it reports most of the work of every agency with an officer), a
	 * new one ({@link #newAssignment}).
	 */
	public synchronized long freshAssignment(String agencyCode, java.time.LocalDate begunBy) {
		Long id = this.jdbc.sql("""
				select a.id from assignment a join agency ag on ag.id = a.agency_id
				where ag.code = :code and a.status = 'NOT_STARTED'
				  and (cast(:begunBy as date) is null or period_starts_on(a.period) is null
				       or period_starts_on(a.period) <= cast(:begunBy as date))
				  and not exists (select 1 from progress_update u where u.assignment_id = a.id)
				  and (cardinality(cast(:taken as bigint[])) = 0 or a.id <> all (cast(:taken as bigint[])))
				order by a.id limit 1""")
			.param("code", agencyCode)
			.param("begunBy", begunBy, java.sql.Types.DATE)
			.param("taken", this.handedOut.toArray(new Long[0]))
			.query(Long.class)
			.optional()
			.orElseGet(() -> newAssignment(agencyCode));
		this.handedOut.add(id);
		return id;
	}

	/**
	 * The fixtures' plan ({@value #FIXTURE_PLAN}), created on first use: published, run
	 * by the City Police, issued before Plan 133 (so never the plan a page shows by
	 * default). A test that needs the city to run more than one plan, whatever the tests
	 * before it made, asks for it.
	 */
	public synchronized long fixturePlan() {
		return this.jdbc.sql("select id from plan where number = :number")
			.param("number", FIXTURE_PLAN)
			.query(Long.class)
			.optional()
			.orElseGet(() -> this.jdbc.sql("""
					insert into plan (number, issued_on, title_vi, title_en, signer, legal_basis_vi, legal_basis_en,
					                  standing_body_agency_id, status, published_at)
					select :number, date '2025-01-02', 'Kế hoạch kiểm thử: việc mới của các cơ quan',
					       'Test plan: new work of agencies', 'Người ký kiểm thử', 'Kiểm thử', 'Testing', ag.id,
					       'PUBLISHED', now()
					from agency ag where ag.code = 'CATP'
					returning id""").param("number", FIXTURE_PLAN).query(Long.class).single());
	}

	/**
	 * A new assignment of the agency, as a plan's own would be: the agency leads a
	 * one-off task of its own (due 15/12/2030, not yet due on any day the demo runs), in
	 * the fixtures' plan ({@value #FIXTURE_PLAN}: published, run like Plan 133 by the
	 * City Police, issued before it so that it is never the plan a page shows by
	 * default), in being since that plan or the agency began. Plan 133 is left as it is:
	 * its tasks, pages and figures; the agency's work across plans grows by one.
	 */
	public synchronized long newAssignment(String agencyCode) {
		return newAssignment(agencyCode, NEW_TASK_DUE);
	}

	private long newAssignment(String agencyCode, java.time.LocalDate due) {
		long plan = fixturePlan();
		long area = this.jdbc.sql("select id from key_area where plan_id = :plan and ordinal = 1")
			.param("plan", plan)
			.query(Long.class)
			.optional()
			.orElseGet(() -> this.jdbc.sql("""
					insert into key_area (plan_id, ordinal, title_vi, title_en)
					values (:plan, 1, 'Lĩnh vực kiểm thử', 'Test area') returning id""")
				.param("plan", plan)
				.query(Long.class)
				.single());
		long agency = this.jdbc.sql("select id from agency where code = :code")
			.param("code", agencyCode)
			.query(Long.class)
			.single();
		long number = this.jdbc.sql("select count(*) + 1 from task where key_area_id = :area")
			.param("area", area)
			.query(Long.class)
			.single();
		long task = this.jdbc
			.sql("""
					insert into task (key_area_id, code, sort_order, title_vi, title_en, output_vi, output_en, schedule_kind,
					                  due_date, provisional)
					values (:area, :code, :sort, :title, :titleEn, 'Báo cáo kết quả', 'Report of results', 'FIXED', :due, false)
					returning id""")
			.param("area", area)
			.param("code", "K." + number)
			.param("sort", (int) number)
			.param("title", "Nhiệm vụ kiểm thử " + number + " của " + agencyCode)
			.param("titleEn", "Test task " + number + " of " + agencyCode)
			.param("due", due)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into task_agency (task_id, agency_id, role) values (:task, :agency, 'LEAD')")
			.param("task", task)
			.param("agency", agency)
			.update();
		long id = this.jdbc.sql("""
				insert into assignment (task_id, agency_id, role, period, original_due_date, due_date, status,
				                        percent_complete, created_at, changed_at)
				select :task, ag.id, 'LEAD', '', :due, :due, 'NOT_STARTED', 0, s.at, s.at
				from agency ag, plan pl,
				     lateral (select greatest(pl.issued_on::timestamp at time zone 'Asia/Ho_Chi_Minh',
				                              ag.active_from::timestamp at time zone 'Asia/Ho_Chi_Minh') as at) s
				where ag.id = :agency and pl.id = :plan
				returning id""")
			.param("task", task)
			.param("agency", agency)
			.param("plan", plan)
			.param("due", due)
			.query(Long.class)
			.single();
		this.handedOut.add(id);
		return id;
	}

	public Map<String, Object> assignmentRow(long id) {
		return this.jdbc.sql("select * from assignment where id = :id").param("id", id).query().singleRow();
	}

	public long historyCount(long assignmentId) {
		return this.jdbc.sql("select count(*) from progress_update where assignment_id = :id")
			.param("id", assignmentId)
			.query(Long.class)
			.single();
	}

	public long version(long assignmentId) {
		return ((Number) assignmentRow(assignmentId).get("version")).longValue();
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

}
