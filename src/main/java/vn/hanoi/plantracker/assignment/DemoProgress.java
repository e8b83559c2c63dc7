package vn.hanoi.plantracker.assignment;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.plantracker.system.Today;

/**
 * Demo history on top of the reference data, relative to the day the demo first starts: a
 * plan being worked. Of the work due so far most was accepted on time, reviewed within
 * days of its submission; a tail was late, extended, returned, is awaiting review or
 * overdue; of the work not yet due some is done and the nearer part is in progress. Every
 * agency with an officer gets it; dates are never in the future, and a seeded generator
 * makes the same history from the same data and day. Runs once, on a database with no
 * history yet: a later start leaves the history as it is.
 */
@Component
@Profile("demo")
@Order(20)
class DemoProgress implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProgress.class);

	/**
	 * One scenario per assignment from its seeded random number (see {@code scenario});
	 * entries run from the first progress report to the review, each step on or before
	 * the next, every date within [max(15 May 2025, the agency's start, the period's
	 * start), yesterday]; an assignment whose steps do not fit stays not started. Bodies
	 * the plan only requests to take part (Procuracy, Court, Front) are not sent back.
	 */
	private static final String HISTORY = """
			insert into progress_update (assignment_id, author_id, created_at, kind, status_before, status_after,
			                             percent, note, document_ref, due_date_before, due_date_after)
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
			    -- u: a fixed pseudo-random number in [0, 1) per assignment (a Lehmer generator on its id),
			    -- h: a small one for days and wording; the same data and day give the same history
			    select a.id, (a.id % 1000)::int as h, a.due_date, t.code as task_code, a.requested,
			           (a.id * 48271 % 2147483647 * 48271 % 2147483647)::float8 / 2147483647 as u,
			           :today - a.due_date as age,
			           case when ag.kind = 'LOCAL_AUTHORITY' then 'UBND' else ag.code end as issuer,
			           greatest(date '2025-05-15', ag.active_from,
			                    coalesce(period_starts_on(a.period), date '2025-05-15')) as floor_on,
			           (select min(u.id) from app_user u where u.agency_id = a.agency_id and u.role = 'OFFICER')
			               as officer_id
			    from assignment a
			    join task t on t.id = a.task_id
			    join agency ag on ag.id = a.agency_id
			    where a.status = 'NOT_STARTED' and a.closed_at is null
			      and exists (select 1 from app_user u where u.agency_id = a.agency_id and u.role = 'OFFICER')
			),
			scenario as (
			    -- most work due so far accepted on time, a tail late, returned, awaiting review, extended
			    -- and overdue (the old overdue mostly done late by now); of the work not yet due, some
			    -- done early and the nearer part in progress
			    select c.*,
			           case
			               when c.due_date < :today then case
			                   when c.u < 0.64 then 'ON_TIME'
			                   when c.u < 0.70 then 'EXTENDED'
			                   when c.u < 0.80 then 'LATE'
			                   when c.u < 0.83 and not c.requested then 'RETURNED'
			                   when c.u < 0.86 and c.u >= 0.83 then 'SUBMITTED'
			                   when c.u >= 0.86 and c.u < 0.93 and c.age <= 180 then 'IN_PROGRESS'
			                   when c.u >= 0.93 and (c.age <= 120 or c.u >= 0.965) then 'NOT_STARTED'
			                   else 'LATE' end
			               when c.u < 0.12 then 'EARLY'
			               when c.u < 0.50 and c.due_date <= :today + 180 then 'IN_PROGRESS'
			               else 'NOT_STARTED'
			           end as scenario
			    from candidate c
			),
			extended as (
			    select s.*,
			           case when s.scenario = 'EXTENDED' then greatest(s.due_date - 3 - s.h % 10, s.floor_on + 2) end
			               as ext_on,
			           case when s.scenario = 'EXTENDED' then s.due_date + case when s.h % 2 = 0 then 30 else 60 end end
			               as new_due
			    from scenario s
			    where s.scenario <> 'NOT_STARTED'
			),
			submitted as (
			    select e.*,
			           case
			               when e.scenario = 'ON_TIME' then greatest(e.due_date - e.h % 9, e.floor_on + 1)
			               when e.scenario = 'EXTENDED' and e.new_due < :today then greatest(e.new_due - e.h % 9, e.ext_on)
			               when e.scenario = 'LATE'
			                   then greatest(least(e.due_date + 2 + e.h % 25, :lastDay - 1 - e.h % 3), e.due_date + 1)
			               -- sent back days ago, whenever it was due: older returns were resubmitted by now
			               when e.scenario = 'RETURNED' and e.age <= 45 then least(e.due_date + e.h % 5, :lastDay - 2 - e.h % 5)
			               when e.scenario = 'RETURNED' then :lastDay - 3 - e.h % 10
			               when e.scenario = 'SUBMITTED' then :lastDay - e.h % 4
			               when e.scenario = 'EARLY' then least(:lastDay - 2 - e.h % 20, e.due_date - 1)
			           end as submit_on
			    from extended e
			),
			steps as (
			    select s.*,
			           case
			               when s.scenario = 'RETURNED' then least(s.submit_on + 1 + s.h % 2, :lastDay)
			               when s.submit_on is not null and s.scenario <> 'SUBMITTED'
			                   then least(s.submit_on + 1 + s.h % 3, :lastDay)
			           end as review_on,
			           case
			               when s.scenario = 'EXTENDED' then greatest(s.ext_on - 5 - s.h % 10, s.floor_on)
			               when s.submit_on is not null then greatest(s.submit_on - 7 - s.h % 20, s.floor_on)
			               when s.due_date < :today then least(greatest(s.due_date - 20 - s.h % 30, s.floor_on), :lastDay)
			               else greatest(:lastDay - s.h % 40, s.floor_on)
			           end as first_on
			    from submitted s
			),
			demo as (
			    select s.*,
			           case when s.scenario = 'RETURNED' then 'RETURN' when s.review_on is not null then 'ACCEPT' end
			               as review_kind,
			           case
			               -- overdue work is still being worked on: its latest report is recent
			               when s.scenario = 'IN_PROGRESS' and s.due_date < :today then greatest(:lastDay - s.h % 12, s.first_on)
			               when s.scenario = 'IN_PROGRESS' and s.h % 2 = 0 then least(s.first_on + 10 + s.h % 20, :lastDay)
			               when s.scenario = 'EXTENDED' and s.submit_on is null then least(s.ext_on + 5 + s.h % 20, :lastDay)
			           end as second_on
			    from steps s
			    where s.first_on between s.floor_on and :lastDay
			      and coalesce(s.ext_on, s.first_on) between s.first_on and :lastDay
			      and coalesce(s.submit_on, s.first_on) between coalesce(s.ext_on, s.first_on) and :lastDay
			      and coalesce(s.review_on, s.submit_on, s.first_on) between coalesce(s.submit_on, s.first_on) and :lastDay
			)
			select d.id, coalesce(s.reviewer, d.officer_id), (s.on_date + s.at_time) at time zone 'Asia/Ho_Chi_Minh',
			       s.kind, s.status_before, s.status_after, s.percent,
			       format(s.note, 2 + d.h % 5, 120 + d.h * 37 % 800, 100 + d.h * 29 % 2900, d.issuer, 8 + d.h * 7 % 40),
			       s.document_ref, s.due_before, s.due_after
			from demo d
			left join notes n on n.task_code = d.task_code
			cross join lateral (values
			    (d.first_on, time '08:10' + make_interval(mins => d.h % 50), 'PROGRESS', 'NOT_STARTED', 'IN_PROGRESS',
			        case when d.second_on is null then 30 + 5 * (d.h % 9) else 20 + 5 * (d.h % 5) end,
			        coalesce(n.progress_note, 'Đang triển khai thực hiện nhiệm vụ theo Kế hoạch.'),
			        case when d.h % 3 = 0 then format('Công văn số %s/%s-VP ngày %s', 100 + d.h * 29 % 2900,
			            d.issuer, to_char(d.first_on, 'DD/MM/YYYY')) end,
			        null::bigint, null::date, null::date),
			    (d.ext_on, time '10:30' + make_interval(mins => d.h % 50), 'DEADLINE_CHANGE', 'IN_PROGRESS',
			        'IN_PROGRESS', case when d.second_on is null then 30 + 5 * (d.h % 9) else 20 + 5 * (d.h % 5) end,
			        (array['Gia hạn theo đề nghị của đơn vị: nhiệm vụ phụ thuộc văn bản hướng dẫn của Trung ương chưa ban hành.',
			               'Gia hạn theo đề nghị của đơn vị để hoàn thiện số liệu sau sắp xếp chính quyền hai cấp.',
			               'Gia hạn để đơn vị tổng hợp kết quả từ các cơ sở; thời hạn mới đã được thống nhất.'])[d.h % 3 + 1],
			        null, :coordinator, d.due_date, d.new_due),
			    (d.second_on, time '09:20' + make_interval(mins => d.h % 50), 'PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS',
			        50 + 5 * (d.h % 8),
			        (array['Đã hoàn thành phần lớn khối lượng công việc; đang hoàn thiện hồ sơ, tài liệu để báo cáo.',
			               'Tiếp tục triển khai theo kế hoạch; đang tổng hợp số liệu từ các bộ phận chuyên môn.',
			               'Đã xin ý kiến lãnh đạo đơn vị về dự thảo báo cáo; đang chỉnh sửa theo ý kiến chỉ đạo.'])
			            [d.h % 3 + 1],
			        null, null, null, null),
			    (d.submit_on, time '14:05' + make_interval(mins => d.h % 40), 'SUBMIT', 'IN_PROGRESS', 'SUBMITTED', 100,
			        coalesce(n.submit_note, 'Đã hoàn thành nhiệm vụ; báo cáo kết quả kèm theo.'),
			        case when d.h % 4 <> 3 then format('Báo cáo số %s/BC-%s ngày %s', 100 + d.h * 53 % 2900,
			            d.issuer, to_char(d.submit_on, 'DD/MM/YYYY')) end,
			        null, null, null),
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
			        null, :coordinator, null, null)
			) as s (on_date, at_time, kind, status_before, status_after, percent, note, document_ref, reviewer,
			        due_before, due_after)
			where s.on_date is not null
			order by 3, d.id
			""";

	/**
	 * The officer's request behind each extension of the history, asked two days before
	 * the coordinator granted it.
	 */
	private static final String EXTENSION_REQUESTS = """
			insert into deadline_extension_request (assignment_id, requested_by, requested_at, due_date_at_request,
			                                        requested_due_date, reason, status, decided_by, decided_at)
			select p.assignment_id,
			       (select min(u.id) from app_user u where u.agency_id = a.agency_id and u.role = 'OFFICER'),
			       p.created_at - interval '2 days 3 hours', p.due_date_before, p.due_date_after,
			       'Đề nghị gia hạn thời gian thực hiện nhiệm vụ để hoàn thiện kết quả, số liệu báo cáo.',
			       'APPROVED', p.author_id, p.created_at
			from progress_update p
			join assignment a on a.id = p.assignment_id
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

	private final TransactionTemplate transaction;

	private final Today today;

	DemoProgress(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager, Today today) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactionManager);
		this.today = today;
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
		// thousands of entries in one go: the per-row triggers that keep submitted_at and
		// the temporal read model current are off for this transaction only (DDL in
		// PostgreSQL is transactional), since the projection and the rebuild below write
		// both for all at once
		this.jdbc.sql("set local statement_timeout = '10min'").update();
		allowLongStatements();
		this.jdbc.sql("alter table progress_update disable trigger assignment_submitted_at_track").update();
		this.jdbc.sql("alter table assignment disable trigger assignment_state_track").update();
		int entries = this.jdbc.sql(HISTORY)
			.param("today", date)
			.param("lastDay", date.minusDays(1))
			.param("coordinator", coordinator)
			.update();
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
		log.info("Demo progress loaded for {}: {} history entries; assignments by status {}", date, entries, byStatus);
	}

}
