package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.plantracker.system.Today;

/**
 * Demo history on top of the reference data, so that every page has something real to
 * show: for each agency with an officer, its most recently due assignments are submitted,
 * in progress or returned, older ones mostly completed (some late), the rest not started.
 * Dates are relative to today and never in the future; runs once, on a database with no
 * history yet.
 */
@Component
@Profile("demo")
@Order(20)
class DemoProgress implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProgress.class);

	/**
	 * Each agency's past-due assignments, most recent first, follow one 20-slot pattern;
	 * its upcoming ones, soonest first, another. Bodies the plan only requests to take
	 * part (Procuracy, Court, Front) are not sent back. Entries run from the first
	 * progress report to the review, each step on or before the next; every date is
	 * clamped to [max(15 May 2025, the agency's start), yesterday].
	 */
	private static final String HISTORY = """
			insert into progress_update (assignment_id, author_id, created_at, kind, status_before, status_after,
			                             percent, note, document_ref)
			with notes (task_code, progress_note, submit_note) as (values
			    -- what an officer writes per task, first while working, then when submitting; placeholders:
			    -- %1$s a few (2-6), %2$s hundreds, %3$s a document number, %4$s the issuer code, %5$s tens
			    ('1.1', 'Đã ban hành văn bản số %3$s/%4$s-VP giao các bộ phận chuyên môn rà soát văn bản quy phạm pháp luật liên quan đến phòng, chống mua bán người; đến nay đã rà soát %5$s văn bản.',
			        'Hoàn thành rà soát %5$s văn bản quy phạm pháp luật; đề xuất sửa đổi, bổ sung %1$s văn bản cho phù hợp với Luật Phòng, chống mua bán người năm 2024. Kết quả đã gửi Sở Tư pháp tổng hợp.'),
			    ('1.2', 'Đã tiếp nhận đề nghị của UBND Thành phố; đang rà soát các văn bản hướng dẫn nghiệp vụ thuộc phạm vi quản lý liên quan đến phòng, chống mua bán người.',
			        'Đã rà soát %5$s văn bản thuộc phạm vi quản lý, chưa phát hiện nội dung trái với Luật Phòng, chống mua bán người năm 2024; đã có văn bản số %3$s/%4$s trả lời Công an Thành phố.'),
			    ('1.3', 'Đã tiếp nhận kết quả rà soát của %5$s cơ quan, đơn vị; đang tổng hợp, phân loại các văn bản đề nghị sửa đổi, bổ sung.',
			        'Đã hoàn thành báo cáo tổng hợp kết quả rà soát và dự thảo tờ trình UBND Thành phố, đề xuất xử lý %1$s văn bản quy phạm pháp luật.'),
			    ('1.4', 'Đã nghiên cứu dự thảo Nghị định và tổ chức lấy ý kiến các bộ phận chuyên môn.',
			        'Đã gửi văn bản số %3$s/%4$s góp ý dự thảo Nghị định với %1$s nhóm ý kiến về xác minh, bảo vệ và hỗ trợ nạn nhân.'),
			    ('1.5', 'Đã góp ý dự thảo Quy chế phối hợp sửa đổi; đang rà soát quy trình tiếp nhận, xác minh ban đầu nạn nhân tại đơn vị.',
			        'Quy chế phối hợp sửa đổi đã được ban hành; đơn vị đã phân công cán bộ đầu mối tiếp nhận, xác minh ban đầu và hỗ trợ nạn nhân.'),
			    ('2.1', 'Đã cử cán bộ phối hợp Công an Thành phố xây dựng chương trình, tài liệu tập huấn.',
			        'Đã phối hợp tổ chức %1$s hội nghị quán triệt, tập huấn cho %2$s lượt cán bộ, công chức.'),
			    ('2.2', 'Đã góp ý đề cương sổ tay nghiệp vụ và tài liệu hỏi - đáp.',
			        'Đã hoàn thành thẩm định nội dung pháp lý của sổ tay nghiệp vụ và bộ %5$s câu hỏi - đáp về Luật.'),
			    ('2.3', 'Đã đăng tải toàn văn Luật trên trang thông tin điện tử của đơn vị; đang cập nhật các văn bản hướng dẫn thi hành mới ban hành.',
			        'Đã đăng tải đầy đủ Luật và %1$s văn bản hướng dẫn thi hành trên trang thông tin điện tử; đường dẫn kèm theo báo cáo.'),
			    ('2.4', 'Đã lồng ghép nội dung Luật vào chương trình phổ biến, giáo dục pháp luật năm; đã tổ chức %1$s buổi nói chuyện chuyên đề.',
			        'Đã tổ chức %1$s hội nghị phổ biến pháp luật cho %2$s lượt người tham dự, tập trung vào các nhóm có nguy cơ cao.'),
			    ('3.1', 'Đã đăng %5$s tin, bài tuyên truyền về phòng, chống mua bán người trên chuyên mục.',
			        'Đã duy trì chuyên mục với %5$s tin, bài và %1$s chương trình phát thanh, truyền hình trong kỳ báo cáo.'),
			    ('3.2', 'Đã đăng tải %5$s bài viết, video ngắn trên trang mạng xã hội và hệ thống thông tin cơ sở.',
			        'Đã thực hiện %5$s sản phẩm truyền thông số, tiếp cận %2$s0 lượt người dùng.'),
			    ('3.3', 'Đã hướng dẫn các trường lồng ghép nội dung phòng, chống mua bán người vào hoạt động ngoại khóa.',
			        'Đã tổ chức %5$s buổi sinh hoạt chuyên đề tại các trường với %2$s0 lượt học sinh tham gia.'),
			    ('4.1', 'Đã xây dựng kế hoạch tập huấn; đã tổ chức %1$s lớp tập huấn kỹ năng phòng ngừa, tự bảo vệ.',
			        'Đã tổ chức %1$s hội nghị tập huấn cho %2$s lượt cán bộ và người dân; phát hành %5$s00 tờ rơi về chính sách hỗ trợ nạn nhân.'),
			    ('5.1', 'Đã quán triệt nội dung Luật tại hội nghị giao ban; đang theo dõi việc triển khai tại các bộ phận.',
			        'Đã báo cáo kết quả theo dõi, đôn đốc triển khai Luật trong kỳ; không phát sinh khó khăn, vướng mắc.'),
			    ('5.2', 'Đã ban hành kế hoạch hưởng ứng Ngày Toàn dân phòng, chống mua bán người 30/7; đã treo %5$s băng rôn, khẩu hiệu.',
			        'Đã tổ chức %1$s hoạt động hưởng ứng trong đợt cao điểm từ 01/7 đến 30/9 với %2$s lượt người tham gia.'),
			    ('5.3', 'Đã cử cán bộ tham gia đoàn kiểm tra liên ngành; đã kiểm tra %1$s đơn vị.',
			        'Đã phối hợp kiểm tra %1$s đơn vị, địa phương; đã có thông báo kết luận kiểm tra.'),
			    ('5.4', 'Đang tổng hợp số liệu từ các bộ phận chuyên môn để xây dựng báo cáo định kỳ.',
			        'Đã gửi báo cáo định kỳ kèm phụ lục số liệu về Công an Thành phố.'),
			    ('6.1', 'Đã ban hành kế hoạch tuyên truyền năm; đang phối hợp Công an cấp xã rà soát, thống kê nạn nhân bị mua bán trở về.',
			        'Đã tổ chức %5$s buổi tuyên truyền tại các tổ dân phố, thôn; đã lập danh sách theo dõi và hỗ trợ nạn nhân trở về tái hòa nhập cộng đồng.'),
			    ('7.1', 'Đã lập dự toán kinh phí thực hiện nhiệm vụ phòng, chống mua bán người trong dự toán ngân sách năm.',
			        'Kinh phí thực hiện Kế hoạch đã được bố trí trong dự toán ngân sách năm với %1$s nội dung chi.')
			),
			candidate as (
			    select a.id, (a.id % 1000)::int as h, a.due_date, t.code as task_code,
			           case when ag.kind = 'LOCAL_AUTHORITY' then 'UBND' else ag.code end as issuer,
			           greatest(date '2025-05-15', ag.active_from) as floor_on,
			           (select min(u.id) from app_user u where u.agency_id = a.agency_id and u.role = 'OFFICER')
			               as officer_id,
			           case
			               when a.due_date >= :today
			                   then (array['IN_PROGRESS', 'NOT_STARTED', 'IN_PROGRESS', 'NOT_STARTED'])
			                       [least(row_number() over upcoming, 4)]
			               when a.requested and (row_number() over past) % 20 = 3 then 'ON_TIME'
			               else (array['SUBMITTED', 'IN_PROGRESS', 'RETURNED', 'NOT_STARTED', 'LATE', 'ON_TIME',
			                   'ON_TIME', 'NOT_STARTED', 'ON_TIME', 'NOT_STARTED', 'LATE', 'ON_TIME', 'NOT_STARTED',
			                   'ON_TIME', 'ON_TIME', 'NOT_STARTED', 'NOT_STARTED', 'ON_TIME', 'NOT_STARTED',
			                   'NOT_STARTED'])[(row_number() over past - 1) % 20 + 1]
			           end as scenario
			    from assignment a
			    join task t on t.id = a.task_id
			    join agency ag on ag.id = a.agency_id
			    where a.status = 'NOT_STARTED' and a.closed_at is null
			      and exists (select 1 from app_user u where u.agency_id = a.agency_id and u.role = 'OFFICER')
			    window upcoming as (partition by a.agency_id, a.due_date < :today order by a.due_date, a.id),
			           past as (partition by a.agency_id, a.due_date < :today order by a.due_date desc, a.id)
			),
			last_step as (
			    select c.*,
			           case
			               when c.scenario = 'ON_TIME' or (c.scenario = 'LATE' and c.due_date >= :lastDay)
			                   then greatest(c.due_date - c.h % 8, c.floor_on + 2)
			               when c.scenario = 'LATE' then least(c.due_date + 3 + c.h % 30, :lastDay)
			               when c.due_date < :today then greatest(least(c.due_date - 3 + c.h % 10, :lastDay), c.floor_on)
			               else greatest(:lastDay - c.h % 21, c.floor_on)
			           end as last_on
			    from candidate c
			    where c.scenario <> 'NOT_STARTED'
			),
			steps as (
			    select l.*,
			           case when l.scenario in ('ON_TIME', 'LATE', 'RETURNED') then l.last_on end as review_on,
			           case
			               when l.scenario = 'SUBMITTED' then l.last_on
			               when l.scenario = 'RETURNED' then greatest(l.last_on - 2 - l.h % 5, l.floor_on)
			               when l.scenario in ('ON_TIME', 'LATE') then greatest(l.last_on - 1 - l.h % 3, l.floor_on + 1)
			           end as submit_on,
			           case when l.scenario = 'IN_PROGRESS' and l.h % 2 = 0 then l.last_on end as second_on
			    from last_step l
			),
			demo as (
			    select s.*,
			           case when s.scenario = 'RETURNED' then 'RETURN' when s.review_on is not null then 'ACCEPT' end
			               as review_kind,
			           case
			               when s.submit_on is not null then greatest(s.submit_on - 7 - s.h % 20, s.floor_on)
			               when s.second_on is not null then greatest(s.second_on - 10 - s.h % 30, s.floor_on)
			               else s.last_on
			           end as first_on
			    from steps s
			    where s.last_on between s.floor_on and :lastDay
			      and (s.review_on is null or s.review_on > s.submit_on)
			      and (s.scenario <> 'ON_TIME' or s.review_on <= s.due_date)
			)
			select d.id, coalesce(s.reviewer, d.officer_id), (s.on_date + s.at_time) at time zone 'Asia/Ho_Chi_Minh',
			       s.kind, s.status_before, s.status_after, s.percent,
			       format(s.note, 2 + d.h % 5, 120 + d.h * 37 % 800, 100 + d.h * 29 % 2900, d.issuer, 8 + d.h * 7 % 40),
			       s.document_ref
			from demo d
			left join notes n on n.task_code = d.task_code
			cross join lateral (values
			    (d.first_on, time '08:10' + make_interval(mins => d.h % 50), 'PROGRESS', 'NOT_STARTED', 'IN_PROGRESS',
			        case when d.second_on is null then 30 + 5 * (d.h % 9) else 20 + 5 * (d.h % 5) end,
			        coalesce(n.progress_note, 'Đang triển khai thực hiện nhiệm vụ theo Kế hoạch.'),
			        case when d.h % 3 = 0 then format('Công văn số %s/%s-VP ngày %s', 100 + d.h * 29 % 2900,
			            d.issuer, to_char(d.first_on, 'DD/MM/YYYY')) end,
			        null::bigint),
			    (d.second_on, time '09:20' + make_interval(mins => d.h % 50), 'PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS',
			        50 + 5 * (d.h % 8),
			        (array['Đã hoàn thành phần lớn khối lượng công việc; đang hoàn thiện hồ sơ, tài liệu để báo cáo.',
			               'Tiếp tục triển khai theo kế hoạch; đang tổng hợp số liệu từ các bộ phận chuyên môn.',
			               'Đã xin ý kiến lãnh đạo đơn vị về dự thảo báo cáo; đang chỉnh sửa theo ý kiến chỉ đạo.'])
			            [d.h % 3 + 1],
			        null, null),
			    (d.submit_on, time '14:05' + make_interval(mins => d.h % 40), 'SUBMIT', 'IN_PROGRESS', 'SUBMITTED', 100,
			        coalesce(n.submit_note, 'Đã hoàn thành nhiệm vụ; báo cáo kết quả kèm theo.'),
			        case when d.h % 4 <> 3 then format('Báo cáo số %s/BC-%s ngày %s', 100 + d.h * 53 % 2900,
			            d.issuer, to_char(d.submit_on, 'DD/MM/YYYY')) end,
			        null),
			    (d.review_on, time '16:00' + make_interval(mins => d.h % 45), d.review_kind, 'SUBMITTED',
			        case d.review_kind when 'ACCEPT' then 'COMPLETED' else 'RETURNED' end, 100,
			        case when d.review_kind = 'RETURN'
			            then (array['Báo cáo chưa có số liệu cụ thể về số lượt người được tuyên truyền; đề nghị bổ sung.',
			                'Chưa đính kèm văn bản, tài liệu chứng minh kết quả thực hiện; đề nghị bổ sung minh chứng.',
			                'Số liệu trong báo cáo chưa khớp với phụ lục; đề nghị rà soát, chỉnh sửa và gửi lại.',
			                'Báo cáo chưa nêu khó khăn, vướng mắc và đề xuất, kiến nghị; đề nghị bổ sung.',
			                'Văn bản báo cáo chưa được lãnh đạo đơn vị ký ban hành; đề nghị hoàn thiện và gửi lại.'])
			                [d.h % 5 + 1]
			            else (array['Đã xem xét, công nhận hoàn thành nhiệm vụ.',
			                'Kết quả đạt yêu cầu; công nhận hoàn thành.', null])[d.h % 3 + 1]
			        end,
			        null, :coordinator)
			) as s (on_date, at_time, kind, status_before, status_after, percent, note, document_ref, reviewer)
			where s.on_date is not null
			order by 3, d.id
			""";

	/**
	 * The assignment is the projection of its latest entry ({@code submitted_at}
	 * excepted: the V151 trigger wrote it as the entries went in).
	 */
	private static final String PROJECTION = """
			update assignment a
			set status = l.status_after,
			    percent_complete = l.percent,
			    completed_on = case when l.status_after = 'COMPLETED'
			        then (l.created_at at time zone 'Asia/Ho_Chi_Minh')::date end,
			    last_update_at = l.created_at,
			    changed_at = l.created_at,
			    submitted_on = (l.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date
			from (select distinct on (p.assignment_id) p.assignment_id, p.status_after, p.percent, p.created_at,
			             (select max(s.created_at) from progress_update s
			              where s.assignment_id = p.assignment_id and s.kind = 'SUBMIT') as submitted_at
			      from progress_update p
			      order by p.assignment_id, p.created_at desc, p.id desc) l
			where l.assignment_id = a.id
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Today today;

	DemoProgress(JdbcClient jdbc, PlatformTransactionManager transactionManager, Today today) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.today = today;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult((status) -> load());
	}

	private void load() {
		if (this.jdbc.sql("select exists (select 1 from progress_update)").query(Boolean.class).single()) {
			return;
		}
		Long coordinator = this.jdbc.sql("""
				select id from app_user where role = 'COORDINATOR'
				order by lower(username) = 'coordinator' desc, id limit 1""").query(Long.class).optional().orElse(null);
		if (coordinator == null) {
			log.warn("No coordinator account, so no demo progress was loaded");
			return;
		}
		LocalDate date = this.today.date();
		int entries = this.jdbc.sql(HISTORY)
			.param("today", date)
			.param("lastDay", date.minusDays(1))
			.param("coordinator", coordinator)
			.update();
		this.jdbc.sql(PROJECTION).update();
		// the history was written in SQL, so the temporal read model is built from it in
		// one go
		this.jdbc.sql("select assignment_state_rebuild(null)").query(Integer.class).single();
		Map<String, Long> byStatus = new LinkedHashMap<>();
		this.jdbc.sql("""
				select status, count(*) from assignment
				group by status order by array_position(array['NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED',
				    'RETURNED', 'COMPLETED'], status::text)""")
			.query((rs, row) -> byStatus.put(rs.getString(1), rs.getLong(2)))
			.list();
		log.info("Demo progress loaded for {}: {} history entries; assignments by status {}", date, entries, byStatus);
	}

}
