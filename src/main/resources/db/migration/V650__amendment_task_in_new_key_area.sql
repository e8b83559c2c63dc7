-- A new task kept with a draft amendment may sit in a key area the same amendment adds (issue 20): it names
-- that key area change, since the key area exists only once the amendment is applied. Applying creates the
-- key area first and writes its id into the task's kept change, so the task is created in it at the same
-- instant. A key area change that kept tasks name cannot be dropped (the application refuses, with a message).
alter table plan_amendment_change add column amendment_area_id bigint references plan_amendment_area (id);
alter table plan_amendment_change add constraint plan_amendment_change_area_check
    check (amendment_area_id is null or not removal);
