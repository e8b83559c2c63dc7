package vn.hanoi.plantracker.e2e;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The data the rest of the suite leaves in the shared database, made up front so that the
 * phone crawl meets the long lists whether it runs alone or after every other test: 65
 * notifications for each role it walks, a key area of Plan 133 with 45 tasks (ordinal 80,
 * as the editing tests add tasks to the plan), a dozen more published plans (issued
 * before Plan 133, so the newest plan, the one every page shows first, stays the same)
 * and four API tokens for each role with long names. Idempotent: each part is made only
 * while it is missing, and nothing made here is unread, newer or due before 2039, so no
 * other test's counts move.
 */
final class PhoneWorstCase {

	static final int NOTIFICATIONS = 65;

	static final int AREA_TASKS = 45;

	static final int EXTRA_PLANS = 12;

	static final int TOKENS = 4;

	static final int AREA_ORDINAL = 80;

	private PhoneWorstCase() {
	}

	static synchronized void make(JdbcClient jdbc, List<String> usernames) {
		long plan133 = jdbc.sql("select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14'")
			.query(Long.class)
			.single();
		for (String username : usernames) {
			notifications(jdbc, username);
			tokens(jdbc, username);
		}
		area(jdbc, plan133);
		plans(jdbc, plan133);
	}

	/** Read notifications dated 2025 (older than any a test makes), up to 65. */
	private static void notifications(JdbcClient jdbc, String username) {
		jdbc.sql("""
				insert into notification (recipient_id, kind, assignment_id, item_count, subject, detail, created_at,
				                          read_at)
				select u.id, case when u.role = 'COORDINATOR' then 'SUBMITTED' else 'REMINDER' end,
				       case when u.role = 'COORDINATOR' then (select min(id) from assignment) end, 3,
				       'Sở Y tế — nhiệm vụ kiểm thử độ dài trang trên điện thoại số ' || g,
				       'Ghi chú kiểm thử: danh sách thông báo dài như sau cả bộ kiểm thử, để trang được chia trang.',
				       timestamptz '2025-01-01 08:00+07' + g * interval '1 hour',
				       timestamptz '2025-01-01 08:00+07' + g * interval '1 hour'
				from app_user u
				cross join generate_series(1, :wanted) g
				where u.username = :username
				  and g > (select count(*) from notification n where n.recipient_id = u.id)""")
			.param("wanted", NOTIFICATIONS)
			.param("username", username)
			.update();
	}

	/** Tokens with long names and no secret anyone knows (the hash is of nothing). */
	private static void tokens(JdbcClient jdbc, String username) {
		jdbc.sql(
				"""
						insert into api_token (user_id, name, scope, token_hash, hint, created_at, expires_at, last_used_at,
						                       last_used_address)
						select u.id,
						       'Hệ thống quản lý văn bản và điều hành của Sở Y tế thành phố Hà Nội, kết nối thử nghiệm số ' || g,
						       case when g % 2 = 0 then 'READ' else 'READ_WRITE' end,
						       md5(u.username || '-phone-' || g) || md5('phone-' || g || '-' || u.username),
						       'wxyz', timestamptz '2025-01-01 08:00+07', timestamptz '2039-12-31 00:00+07',
						       case when g % 2 = 0 then timestamptz '2025-02-01 08:00+07' end,
						       case when g % 2 = 0 then '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff' end
						from app_user u
						cross join generate_series(1, :wanted) g
						where u.username = :username
						  and not exists (select 1 from api_token t
						                  where t.token_hash = md5(u.username || '-phone-' || g) || md5('phone-' || g || '-' || u.username))""")
			.param("wanted", TOKENS)
			.param("username", username)
			.update();
	}

	/**
	 * A key area of Plan 133 with 45 tasks due at the end of 2039, without agencies (so
	 * no assignment and no figure changes).
	 */
	private static void area(JdbcClient jdbc, long plan) {
		jdbc.sql("""
				insert into key_area (plan_id, ordinal, title_vi, title_en)
				select :plan, :ordinal, 'Lĩnh vực kiểm thử hiển thị trên điện thoại', 'Phone layout test area'
				where not exists (select 1 from key_area where plan_id = :plan and ordinal = :ordinal)""")
			.param("plan", plan)
			.param("ordinal", AREA_ORDINAL)
			.update();
		jdbc.sql(
				"""
						insert into task (key_area_id, code, sort_order, title_vi, title_en, output_vi, output_en,
						                  schedule_kind, due_date, provisional)
						select k.id, 'P.' || g, g,
						       'Nhiệm vụ kiểm thử số ' || g || ': tuyên truyền, phổ biến pháp luật về phòng, chống mua bán người',
						       'Phone test task ' || g || ': awareness of the law on preventing human trafficking',
						       'Báo cáo', 'Report', 'FIXED', date '2039-12-31', false
						from key_area k cross join generate_series(1, :tasks) g
						where k.plan_id = :plan and k.ordinal = :ordinal
						  and not exists (select 1 from task t where t.key_area_id = k.id and t.code = 'P.' || g)""")
			.param("plan", plan)
			.param("ordinal", AREA_ORDINAL)
			.param("tasks", AREA_TASKS)
			.update();
		// each task has its lead agency, as every task of a plan has
		// (ReferenceDataTests),
		// but no assignment yet (due in 2039, before anyone was asked): no figure moves
		jdbc.sql("""
				insert into task_agency (task_id, agency_id, role)
				select t.id, (select id from agency where code = 'CATP'), 'LEAD'
				from task t join key_area k on k.id = t.key_area_id
				where k.plan_id = :plan and k.ordinal = :ordinal
				  and not exists (select 1 from task_agency ta where ta.task_id = t.id and ta.role = 'LEAD')""")
			.param("plan", plan)
			.param("ordinal", AREA_ORDINAL)
			.update();
	}

	/** Published plans issued in 2019 and 2020, run by Plan 133's standing body. */
	private static void plans(JdbcClient jdbc, long plan133) {
		jdbc.sql(
				"""
						insert into plan (number, issued_on, title_vi, title_en, signer, legal_basis_vi, legal_basis_en,
						                  standing_body_agency_id, status, published_at)
						select 'KT-' || g || '/KH-UBND', date '2019-01-10' + g * 30,
						       'Kế hoạch kiểm thử số ' || g || ' về phòng, chống mua bán người giai đoạn 2019–2020 trên địa bàn thành phố',
						       'Test plan ' || g || ' on preventing human trafficking in the city, 2019–2020',
						       p.signer, p.legal_basis_vi, p.legal_basis_en, p.standing_body_agency_id, 'PUBLISHED',
						       timestamptz '2019-01-10 08:00+07' + g * interval '30 days'
						from plan p cross join generate_series(1, :plans) g
						where p.id = :plan
						  and not exists (select 1 from plan q where q.number = 'KT-' || g || '/KH-UBND')""")
			.param("plan", plan133)
			.param("plans", EXTRA_PLANS)
			.update();
	}

}
