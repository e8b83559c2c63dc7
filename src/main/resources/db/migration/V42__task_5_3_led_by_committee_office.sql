-- Task 5.3 (the City People's Committee's own inspection) is led by the Office of the City People's
-- Committee on behalf of the Committee; the City Police advises and supports it. V2 had the Police as lead.
-- Existing data is carried over: the Police's 5.3 assignments stay (with their history) as SUPPORT, and the
-- Office gets a LEAD assignment for every period the task already has.
with t as (
    select t.id from task t
    join key_area ka on ka.id = t.key_area_id
    join plan p on p.id = ka.plan_id and p.number = '133/KH-UBND' and p.issued_on = date '2025-05-14'
    where t.code = '5.3')
update task_agency ta set role = 'SUPPORT'
from t, agency ag
where ta.task_id = t.id and ta.agency_id = ag.id and ag.code = 'CATP';

insert into task_agency (task_id, agency_id, role, requested)
select t.id, ag.id, 'LEAD', false
from task t
join key_area ka on ka.id = t.key_area_id
join plan p on p.id = ka.plan_id and p.number = '133/KH-UBND' and p.issued_on = date '2025-05-14'
join agency ag on ag.code = 'VPUBND'
where t.code = '5.3'
on conflict (task_id, agency_id) do update set role = 'LEAD';

update assignment a set role = 'SUPPORT', version = a.version + 1
from task t, key_area ka, plan p, agency ag
where a.task_id = t.id and t.key_area_id = ka.id and ka.plan_id = p.id
  and p.number = '133/KH-UBND' and p.issued_on = date '2025-05-14' and t.code = '5.3'
  and a.agency_id = ag.id and ag.code = 'CATP';

insert into assignment (task_id, agency_id, role, requested, period, original_due_date, due_date, status,
                        percent_complete)
select a.task_id, office.id, 'LEAD', false, a.period, a.original_due_date, a.due_date, 'NOT_STARTED', 0
from assignment a
join task t on t.id = a.task_id
join key_area ka on ka.id = t.key_area_id
join plan p on p.id = ka.plan_id and p.number = '133/KH-UBND' and p.issued_on = date '2025-05-14'
join agency police on police.id = a.agency_id and police.code = 'CATP'
join agency office on office.code = 'VPUBND'
where t.code = '5.3' and a.closed_at is null
on conflict (task_id, agency_id, period) do update set role = 'LEAD';

update task t set
    description_vi = 'Văn phòng UBND Thành phố thay mặt UBND Thành phố chủ trì kiểm tra, hướng dẫn, kịp thời tháo gỡ khó khăn, vướng mắc; Công an Thành phố là cơ quan thường trực tham mưu, phối hợp cùng Sở Y tế, Sở Tư pháp tổ chức kiểm tra.',
    description_en = 'The Office of the City People''s Committee leads the inspections on behalf of the Committee and resolves difficulties; the City Police, as the standing advisory body, supports it together with the Departments of Health and Justice.',
    version = t.version + 1
from key_area ka, plan p
where t.key_area_id = ka.id and ka.plan_id = p.id
  and p.number = '133/KH-UBND' and p.issued_on = date '2025-05-14' and t.code = '5.3';
