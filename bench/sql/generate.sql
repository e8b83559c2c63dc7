-- Benchmark data on top of the reference plan and the demo history: a deterministic generator, set-based,
-- for the application's own schema. Run with psql on a database the application has migrated and started
-- once with the demo profile (demo accounts and history present):
--
--   psql -v assignments=20000 -v updates=200000 -v agencies=146 -v seed=133 -f bench/sql/generate.sql
--
-- The targets are totals (reference data and demo history count towards them). What it adds:
--   * agencies up to :agencies active agencies (synthetic communes), with their names;
--   * an officer account for every agency without one (the demo password hash of officer.health);
--   * one plan "BENCH/KH-UBND", issued after Plan 133 so that the reports open on it, with 8 key areas and
--     fixed-date tasks, each given to 20 agencies (one LEAD, the rest SUPPORT; requested bodies flagged);
--   * one assignment per task agency, and for each a coherent append-only history: optional deadline
--     change, then progress entries (with coordinator reminders among them), then submit / accept /
--     return, every step after the one before, every date between 2 Jul 2025 and yesterday (Hanoi);
--   * the assignment rows as the projection of their histories (status, percent, completed_on,
--     last_update_at), exactly as the application writes them.
-- Statuses are skewed by due date the way real work is: most of what is past due is completed (some late),
-- some submitted, returned, in progress or not started; most of what is not yet due is in progress.
-- Everything is a function of the row number and :seed (hashint8), never of random(): the same
-- parameters on the same day give the same data.
\set ON_ERROR_STOP on

begin;

-- The temporal read model (assignment_state) is rebuilt in one go from the history by sql/derived/ after this
-- script, so its row trigger would only do work that is thrown away (200,000 rows at national size). Step 7
-- writes submitted_at with the rest of the projection, so its trigger (V151) is off during the load too.
do $$
begin
    if exists (select 1 from pg_trigger where tgname = 'assignment_state_track') then
        alter table assignment disable trigger assignment_state_track;
    end if;
    if exists (select 1 from pg_trigger where tgname = 'assignment_submitted_at_track') then
        alter table progress_update disable trigger assignment_submitted_at_track;
    end if;
end;
$$;

create function pg_temp.h(n bigint, salt integer) returns bigint language sql immutable
    as 'select abs(hashint8(n * 1000003 + salt)::bigint)';

create temp table bench_params on commit drop as
select :assignments::bigint as target_assignments,
       :updates::bigint as target_updates,
       :agencies::integer as target_agencies,
       :seed::integer as seed,
       (now() at time zone 'Asia/Ho_Chi_Minh')::date as today,
       date '2025-07-02' as floor_on,
       least(20, :agencies::integer) as fan_out;

-- 1. Agencies up to the target (synthetic communes, active since the two-tier reform).
insert into agency (code, name_vi, name_en, kind, sort_order, active_from)
select format('BENCH-XA-%s', lpad(g::text, 5, '0')), format('Xã Thử Nghiệm %s', g), format('Test Commune %s', g),
       'LOCAL_AUTHORITY', 5000 + g, date '2025-07-01'
from bench_params p,
     generate_series(1, greatest(0, p.target_agencies
         - (select count(*) from agency where active_until is null)::integer)) g;

insert into agency_name (agency_id, name_vi, name_en, valid_from)
select a.id, a.name_vi, a.name_en, a.active_from from agency a
where not exists (select 1 from agency_name n where n.agency_id = a.id);

-- 2. An officer for every agency that has none (same password as the demo accounts).
insert into app_user (username, password_hash, full_name, role, agency_id)
select 'bench.' || lower(ag.code), (select password_hash from app_user where lower(username) = 'officer.health'),
       'Cán bộ ' || ag.name_vi, 'OFFICER', ag.id
from agency ag
where not exists (select 1 from app_user u where u.agency_id = ag.id and u.role = 'OFFICER');

-- Sixteen leaders and sixteen coordinators beside the demo ones (same agency, role and password), so that the
-- 16 connections of a page scenario are 16 users with their own sessions, as in real use (one shared session
-- would serialise the requests on its row's update, and a user may hold at most 3 sessions). Like the demo
-- accounts they copy (the benchmark runs the demo profile), they sign in without a second factor.
insert into app_user (username, password_hash, full_name, role, agency_id, demo_account)
select format('bench.%s.%s', lower(u.role), lpad(g::text, 2, '0')), u.password_hash,
       format('%s %s', u.full_name, g), u.role, u.agency_id, true
from app_user u cross join generate_series(1, 16) g
where lower(u.username) in ('leader', 'coordinator');

-- 3. The plan, its key areas and tasks.
insert into plan (number, issued_on, title_vi, title_en, signer, legal_basis_vi, legal_basis_en, standing_body_agency_id)
select 'BENCH/KH-UBND', date '2025-06-01', 'Kế hoạch thử nghiệm hiệu năng', 'Performance benchmark plan',
       'Người ký thử nghiệm', 'Dữ liệu sinh tự động cho đo hiệu năng', 'Generated data for the benchmark',
       (select id from agency where code = 'CATP')
where :assignments::bigint > (select count(*) from assignment);

insert into key_area (plan_id, ordinal, title_vi, title_en)
select pl.id, g, format('Lĩnh vực thử nghiệm %s', g), format('Benchmark area %s', g)
from plan pl cross join generate_series(1, 8) g
where pl.number = 'BENCH/KH-UBND';

create temp table bench_counts on commit drop as
select (select count(*) from assignment) as assignments, (select count(*) from progress_update) as updates,
       (select array_agg(id order by sort_order, id) from agency where active_until is null) as agencies,
       (select id from app_user where lower(username) = 'coordinator') as coordinator;

create temp table bench_task on commit drop as
select i, (i % 8) + 1 as area_ordinal, ((i % 8) + 1) || '.' || (i / 8 + 1) as code,
       date '2025-08-01' + (pg_temp.h(i, p.seed) % ((p.today + 150) - date '2025-08-01'))::integer as due_date
from bench_params p, bench_counts c,
     generate_series(0, (greatest(0, p.target_assignments - c.assignments) + p.fan_out - 1) / p.fan_out - 1) i;

insert into task (key_area_id, code, sort_order, title_vi, title_en, description_vi, description_en, output_vi,
                  output_en, schedule_kind, due_date, provisional)
select k.id, t.code, t.i + 1,
       format('Nhiệm vụ thử nghiệm %s: triển khai, tuyên truyền và báo cáo kết quả', t.code),
       format('Benchmark task %s: carry out, communicate and report', t.code),
       'Nội dung sinh tự động cho đo hiệu năng.', 'Generated for the benchmark.', 'Báo cáo kết quả', 'Result report',
       'FIXED', t.due_date, false
from bench_task t
join key_area k on k.ordinal = t.area_ordinal and k.plan_id = (select id from plan where number = 'BENCH/KH-UBND');

-- 4. Task agencies and assignments: task i goes to fan_out consecutive agencies starting at i * fan_out.
create temp table bench_pick on commit drop as
select t.i, j, tk.id as task_id, t.due_date,
       c.agencies[((t.i * p.fan_out + j) % cardinality(c.agencies)) + 1] as agency_id,
       t.i * p.fan_out + j as n
from bench_task t
join task tk on tk.code = t.code and tk.key_area_id = (select k.id from key_area k
    where k.ordinal = t.area_ordinal and k.plan_id = (select id from plan where number = 'BENCH/KH-UBND'))
cross join bench_params p
cross join bench_counts c
cross join generate_series(0, p.fan_out - 1) j
where t.i * p.fan_out + j < greatest(0, p.target_assignments - c.assignments);

insert into task_agency (task_id, agency_id, role, requested)
select b.task_id, b.agency_id, case when b.j = 0 then 'LEAD' else 'SUPPORT' end,
       ag.kind in ('JUDICIAL', 'FRONT_UNION')
from bench_pick b join agency ag on ag.id = b.agency_id;

-- 6 % of assignments had their deadline moved (original due date 30-59 days earlier).
-- Each came into being when the plan was issued or the agency began, whichever is later (Hanoi midnight), as
-- AssignmentPlanning records it (created_at = changed_at = the instant of planning).
insert into assignment (task_id, agency_id, role, requested, period, original_due_date, due_date, created_at, changed_at)
select b.task_id, b.agency_id, case when b.j = 0 then 'LEAD' else 'SUPPORT' end,
       ag.kind in ('JUDICIAL', 'FRONT_UNION'), '',
       case when pg_temp.h(b.n, p.seed + 1) % 100 < 6 then b.due_date - 30 - (pg_temp.h(b.n, p.seed + 2) % 30)::integer
            else b.due_date end,
       b.due_date,
       greatest(date '2025-06-01', ag.active_from)::timestamp at time zone 'Asia/Ho_Chi_Minh',
       greatest(date '2025-06-01', ag.active_from)::timestamp at time zone 'Asia/Ho_Chi_Minh'
from bench_pick b join agency ag on ag.id = b.agency_id cross join bench_params p
order by b.n;

-- 5. What happens to each assignment without history (the new ones, and the reference plan's assignments the
--    demo history left untouched): its scenario, and when each step happens.
create temp table bench_a on commit drop as
with x as (
    select a.id, a.due_date as due, a.original_due_date as orig_due, a.original_due_date <> a.due_date as extended,
           pg_temp.h(a.id, p.seed + 3) as h, pg_temp.h(a.id, p.seed + 4) as h2,
           (select min(u.id) from app_user u where u.agency_id = a.agency_id and u.role = 'OFFICER') as officer,
           p.today, p.today - 1 as y, p.floor_on as s0
    from assignment a
    cross join bench_params p
    where a.closed_at is null and not exists (select 1 from progress_update u where u.assignment_id = a.id)
),
s as (
    select x.*,
           case
               when x.due >= x.today then
                   case when x.h % 100 < 35 then 'NOT_STARTED' when x.h % 100 < 85 then 'IN_PROGRESS'
                        when x.h % 100 < 95 then 'SUBMITTED' else 'ON_TIME' end
               else
                   case when x.h % 100 < 40 then 'ON_TIME'
                        when x.h % 100 < 55 then (case when x.due <= x.today - 2 then 'LATE' else 'IN_PROGRESS' end)
                        when x.h % 100 < 62 then 'SUBMITTED' when x.h % 100 < 67 then 'RETURNED'
                        when x.h % 100 < 82 then 'IN_PROGRESS' else 'NOT_STARTED' end
           end as scenario
    from x
),
d as (
    select s.*,
           case s.scenario
               when 'ON_TIME' then least(s.y, greatest(s.s0 + 5, s.due - (s.h % 10)::integer))
               when 'LATE' then least(s.y, s.due + 1 + (s.h % 40)::integer)
               when 'RETURNED' then least(s.y, greatest(s.s0 + 6, s.due - 3 + (s.h % 20)::integer))
           end as review_on
    from s
),
e as (
    select d.*,
           case d.scenario
               when 'SUBMITTED' then case when d.due < d.today
                   then least(d.y, greatest(d.s0 + 5, d.due - 5 + (d.h % 20)::integer)) else d.y - (d.h % 10)::integer end
               when 'ON_TIME' then d.review_on - 1 - (d.h % 3)::integer
               when 'LATE' then d.review_on - 1 - (d.h % 3)::integer
               when 'RETURNED' then d.review_on - 1 - (d.h % 3)::integer
           end as submit_on
    from d
)
select e.*,
       coalesce(e.submit_on - 1, case
           when e.scenario = 'IN_PROGRESS' and e.due < e.today
               then least(e.y, greatest(e.s0 + 2, e.due - 10 + (e.h % 30)::integer))
           when e.scenario = 'IN_PROGRESS' then e.y - (e.h % 20)::integer
           else least(e.y, greatest(e.s0 + 2, e.due + (e.h % 30)::integer)) end) as work_end,
       0 as k
from e;

update bench_a set work_end = least(work_end, y);

-- Work entries per assignment: reminders only (0-2) while not started; otherwise 1 + [0, 2m - 1) (mean m), m chosen
-- so that the total number of history entries meets the target.
with need as (
    select greatest(0, p.target_updates - c.updates
               - (select count(*) filter (where extended)
                       + count(*) filter (where scenario in ('ON_TIME', 'LATE', 'RETURNED')) * 2
                       + count(*) filter (where scenario = 'SUBMITTED')
                       + coalesce(sum(h2 % 3) filter (where scenario = 'NOT_STARTED'), 0)
                  from bench_a)) as entries,
           (select count(*) from bench_a where scenario <> 'NOT_STARTED') as working
    from bench_params p, bench_counts c
)
update bench_a b
set k = case when b.scenario = 'NOT_STARTED' then (b.h2 % 3)::integer
             else 1 + floor((b.h2 % 10000) / 10000.0
                            * greatest(0, 2 * need.entries::numeric / greatest(1, need.working) - 1))::integer end
from need;

alter table bench_a add column work_start date;
update bench_a set work_start = greatest(s0 + 1, work_end - 10 - (h % 120)::integer);
update bench_a set work_start = work_end where work_start > work_end;

-- 6. The history, in time order (so ids follow time, as in the application).
insert into progress_update (assignment_id, author_id, created_at, kind, status_before, status_after, percent, note,
                             document_ref, due_date_before, due_date_after)
select ev.assignment_id, ev.author_id, ev.created_at, ev.kind, ev.status_before, ev.status_after, ev.percent, ev.note,
       ev.document_ref, ev.due_before, ev.due_after
from (
    select b.id as assignment_id, c.coordinator as author_id,
           (b.work_start - 1 + time '09:00') at time zone 'Asia/Ho_Chi_Minh' as created_at, 'DEADLINE_CHANGE' as kind,
           'NOT_STARTED' as status_before, 'NOT_STARTED' as status_after, 0 as percent,
           'Gia hạn theo đề nghị của đơn vị, đã được phê duyệt.' as note, null as document_ref,
           b.orig_due as due_before, b.due as due_after
    from bench_a b cross join bench_counts c
    where b.extended
    union all
    select b.id,
           case when w.reminder then c.coordinator else b.officer end,
           ((b.work_start + time '08:00') + ((b.work_end + time '17:00') - (b.work_start + time '08:00'))
               * ((j - 1)::numeric / greatest(b.k - 1, 1))) at time zone 'Asia/Ho_Chi_Minh',
           case when w.reminder then 'REMINDER' else 'PROGRESS' end,
           case when b.scenario = 'NOT_STARTED' or j = 1 then 'NOT_STARTED' else 'IN_PROGRESS' end,
           case when b.scenario = 'NOT_STARTED' then 'NOT_STARTED' else 'IN_PROGRESS' end,
           case when b.scenario = 'NOT_STARTED' then 0
                when w.reminder then least(95, 10 + ((j - 1) * 85) / b.k)
                else least(95, 10 + (j * 85) / b.k) end,
           case when w.reminder then 'Đề nghị đơn vị khẩn trương thực hiện và cập nhật tiến độ.'
                else (array['Đã xây dựng kế hoạch triển khai; đang phân công các bộ phận thực hiện.',
                            'Đang tổ chức thực hiện theo kế hoạch; đã hoàn thành một phần khối lượng công việc.',
                            'Đã tổ chức hội nghị tuyên truyền; đang tổng hợp số liệu để báo cáo.',
                            'Đang hoàn thiện hồ sơ, tài liệu minh chứng kết quả thực hiện.'])[1 + ((b.h + j) % 4)::integer]
           end,
           case when not w.reminder and (b.h + j) % 3 = 0
                then format('Công văn số %s/UBND-VP', 100 + (b.h + j) % 2900) end,
           null::date, null::date
    from bench_a b
    cross join bench_counts c
    cross join lateral generate_series(1, b.k) j
    cross join lateral (select b.scenario = 'NOT_STARTED' or (j > 1 and (b.h + j) % 6 = 0) as reminder) w
    union all
    select b.id, b.officer,
           (b.submit_on + time '17:30' + make_interval(mins => (b.h % 20)::integer)) at time zone 'Asia/Ho_Chi_Minh',
           'SUBMIT', 'IN_PROGRESS', 'SUBMITTED', 100,
           'Đã hoàn thành nhiệm vụ; báo cáo kết quả và tài liệu minh chứng kèm theo.',
           format('Báo cáo số %s/BC-UBND', 100 + b.h % 2900), null, null
    from bench_a b
    where b.submit_on is not null
    union all
    select b.id, c.coordinator,
           (b.review_on + time '10:00' + make_interval(mins => (b.h % 300)::integer)) at time zone 'Asia/Ho_Chi_Minh',
           case when b.scenario = 'RETURNED' then 'RETURN' else 'ACCEPT' end, 'SUBMITTED',
           case when b.scenario = 'RETURNED' then 'RETURNED' else 'COMPLETED' end, 100,
           case when b.scenario = 'RETURNED' then 'Báo cáo chưa có số liệu cụ thể; đề nghị bổ sung và gửi lại.'
                else 'Đã xem xét, xác nhận hoàn thành nhiệm vụ.' end,
           null, null, null
    from bench_a b cross join bench_counts c
    where b.review_on is not null
) ev
order by ev.created_at, ev.assignment_id;

-- 7. Each new assignment is the projection of its history, as Assignment.apply writes it (reminders and
--    deadline changes leave status, percent and last update as they were; submitted_at/_on: the latest SUBMIT).
update assignment a
set status = l.status_after,
    percent_complete = l.percent,
    completed_on = case when l.status_after = 'COMPLETED'
        then (l.created_at at time zone 'Asia/Ho_Chi_Minh')::date end,
    last_update_at = l.created_at,
    submitted_on = (l.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date,
    submitted_at = l.submitted_at
from (select distinct on (p.assignment_id) p.assignment_id, p.status_after, p.percent, p.created_at,
             (select max(s.created_at) from progress_update s
              where s.assignment_id = p.assignment_id and s.kind = 'SUBMIT') as submitted_at
      from progress_update p
      join bench_a b on b.id = p.assignment_id
      where p.kind in ('PROGRESS', 'SUBMIT', 'ACCEPT', 'RETURN')
      order by p.assignment_id, p.created_at desc, p.id desc) l
where l.assignment_id = a.id;

-- changed_at: the latest entry of any kind (sql/derived/10_assignment_state.sql sets it for every assignment).

do $$
begin
    if exists (select 1 from pg_trigger where tgname = 'assignment_state_track') then
        alter table assignment enable trigger assignment_state_track;
    end if;
    if exists (select 1 from pg_trigger where tgname = 'assignment_submitted_at_track') then
        alter table progress_update enable trigger assignment_submitted_at_track;
    end if;
end;
$$;

commit;

select (select count(*) from agency) as agencies, (select count(*) from assignment) as assignments,
       (select count(*) from progress_update) as progress_updates,
       (select string_agg(status || ' ' || n, ', ' order by status)
        from (select status, count(*) n from assignment group by status) s) as by_status;
