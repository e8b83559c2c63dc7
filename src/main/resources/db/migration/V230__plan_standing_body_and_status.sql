-- A plan is run by its standing body ("cơ quan thường trực"): the coordinators of that agency review,
-- set deadlines, run rounds and edit the plan; other agencies' coordinators only read it. V1 called the
-- column coordinator_agency_id and V2 set it to the City Police for Plan 133; it is that same fact, so it
-- is renamed (not copied), and every existing plan keeps its standing body.
alter table plan rename column coordinator_agency_id to standing_body_agency_id;
create index plan_standing_body_idx on plan (standing_body_agency_id);

-- A plan typed by hand is a draft until published: its tasks have no assignments, nobody reports on
-- it and no figure counts it. A closed plan is read-only; its reports stay. Plans that exist are
-- published (Plan 133 and imported plans).
alter table plan add column status varchar(12) not null default 'PUBLISHED'
    check (status in ('DRAFT', 'PUBLISHED', 'CLOSED'));
alter table plan add column published_at timestamptz;
-- the plan it implements or amends, if any ("Kế hoạch ... thực hiện Kế hoạch số ...")
alter table plan add column parent_plan_id bigint references plan (id) check (parent_plan_id <> id);
