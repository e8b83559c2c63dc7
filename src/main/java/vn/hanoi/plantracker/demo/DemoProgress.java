package vn.hanoi.plantracker.demo;

import java.time.LocalDate;
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

import vn.hanoi.plantracker.assignment.ProgressHistoryLoad;
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
	private static final String HISTORY = "with " + DemoNotes.NOTES
			+ """
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

	private final JdbcClient jdbc;

	private final ProgressHistoryLoad history;

	private final TransactionTemplate transaction;

	private final Today today;

	DemoProgress(JdbcClient jdbc, ProgressHistoryLoad history, PlatformTransactionManager transactionManager,
			Today today) {
		this.jdbc = jdbc;
		this.history = history;
		this.transaction = new TransactionTemplate(transactionManager);
		this.today = today;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult((status) -> load());
	}

	private void load() {
		if (this.history.anyHistory()) {
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
		ProgressHistoryLoad.Loaded loaded = this.history.load(HISTORY,
				Map.of("today", date, "lastDay", date.minusDays(1), "coordinator", coordinator));
		log.info("Demo progress loaded for {}: {} history entries; assignments by status {}", date, loaded.entries(),
				loaded.byStatus());
	}

}
