-- The city's press agencies merged into one: Decision 1115-QĐ/TU of 30 Jan 2026 of the Standing Committee
-- of the Hanoi Party Committee set up "Cơ quan Báo và Phát thanh, Truyền hình Hà Nội" from Báo Hà Nội mới,
-- Báo Kinh tế và Đô thị, Báo Phụ nữ Thủ đô, Báo Lao động Thủ đô, Báo Tuổi trẻ Thủ đô and the Hanoi Radio and
-- Television (announced 5 Feb 2026). The plan named them together as BAOCHI. The old agency ends on
-- 29 Jan 2026 (history keeps its name); the new one begins on 30 Jan 2026; the tasks name the new one; every
-- open assignment moves: the old one is closed at the merger and the new agency gets the same task, period,
-- role and due dates, with the status and percent it had (one history entry on each side).
insert into agency (code, name_vi, name_en, kind, sort_order, active_from)
select 'BAOPTTH', 'Cơ quan Báo và Phát thanh, Truyền hình Hà Nội', 'Hanoi Press, Radio and Television', 'PRESS',
       old.sort_order, date '2026-01-30'
from agency old where old.code = 'BAOCHI'
  and not exists (select 1 from agency where code = 'BAOPTTH');

insert into agency_name (agency_id, name_vi, name_en, valid_from)
select a.id, a.name_vi, a.name_en, a.active_from from agency a
where a.code = 'BAOPTTH' and not exists (select 1 from agency_name n where n.agency_id = a.id);

update agency set active_until = date '2026-01-29', version = version + 1
where code = 'BAOCHI' and (active_until is null or active_until > date '2026-01-29');

-- The tasks name the merged agency instead of the old one.
insert into task_agency (task_id, agency_id, role, requested)
select ta.task_id, (select id from agency where code = 'BAOPTTH'), ta.role, ta.requested
from task_agency ta join agency old on old.id = ta.agency_id and old.code = 'BAOCHI'
on conflict (task_id, agency_id) do nothing;
delete from task_agency ta using agency old where old.id = ta.agency_id and old.code = 'BAOCHI';

-- Open work moves.
create temporary table press_move on commit drop as
select a.id as old_id, a.task_id, a.role, a.requested, a.period, a.original_due_date, a.due_date, a.status,
       a.percent_complete, a.last_update_at,
       (select p.author_id from progress_update p where p.assignment_id = a.id
        order by p.created_at desc, p.id desc limit 1) as last_author
from assignment a join agency old on old.id = a.agency_id and old.code = 'BAOCHI'
where a.closed_at is null and a.status <> 'COMPLETED';

update assignment a set closed_at = timestamptz '2026-01-30 00:00:00+07',
    closed_reason = 'Sáp nhập vào Cơ quan Báo và Phát thanh, Truyền hình Hà Nội (Quyết định 1115-QĐ/TU ngày 30/01/2026)',
    version = a.version + 1
from press_move m where a.id = m.old_id;

insert into progress_update (assignment_id, author_id, created_at, kind, status_before, status_after, percent, note)
select m.old_id, m.last_author, greatest(timestamptz '2026-01-30 00:00:00+07', m.last_update_at), 'CLOSE', m.status,
       m.status, m.percent_complete,
       'Sáp nhập vào Cơ quan Báo và Phát thanh, Truyền hình Hà Nội (Quyết định 1115-QĐ/TU ngày 30/01/2026)'
from press_move m where m.last_author is not null;

insert into assignment (task_id, agency_id, role, requested, period, original_due_date, due_date, status,
                        percent_complete, last_update_at)
select m.task_id, (select id from agency where code = 'BAOPTTH'), m.role, m.requested, m.period,
       m.original_due_date, m.due_date, m.status, m.percent_complete, m.last_update_at
from press_move m
on conflict (task_id, agency_id, period) do nothing;

insert into progress_update (assignment_id, author_id, created_at, kind, status_before, status_after, percent, note)
select a.id, m.last_author, greatest(timestamptz '2026-01-30 00:00:00+07', m.last_update_at), 'PROGRESS',
       'NOT_STARTED', m.status, m.percent_complete,
       'Chuyển từ Các cơ quan báo chí Thành phố khi sáp nhập (Quyết định 1115-QĐ/TU ngày 30/01/2026)'
from press_move m
join assignment a on a.task_id = m.task_id and a.period = m.period
                 and a.agency_id = (select id from agency where code = 'BAOPTTH')
where m.last_author is not null and m.status <> 'NOT_STARTED';

-- The old agency's officers now work for the merged agency.
update app_user u set agency_id = (select id from agency where code = 'BAOPTTH'), version = u.version + 1
from agency old where old.id = u.agency_id and old.code = 'BAOCHI';
