-- The letterhead of an agency's report (Decree 30/2020, Appendix I: the direct managing body on the
-- first line, the issuing body below it), by agency kind, with a row per agency code where one agency
-- of a kind differs. Until now every agency's report showed "UBND THÀNH PHỐ HÀ NỘI", which is wrong for
-- the bodies the City People's Committee does not manage. An empty superior means no line above the
-- issuer; a null issuer means the agency's own name. `source` says where each line comes from:
-- nothing in ../shared/DOMAIN.md or ../shared/data states these lines, so the rows other than the
-- departments' are marked as the usual practice to be confirmed with the city's records office.
create table letterhead (
    id           bigserial    primary key,
    agency_kind  varchar(20)  not null
        check (agency_kind in ('POLICE', 'DEPARTMENT', 'JUDICIAL', 'FRONT_UNION', 'PRESS', 'LOCAL_AUTHORITY')),
    agency_code  varchar(40),
    superior_vi  varchar(200) not null default '',
    superior_en  varchar(200) not null default '',
    issuer_vi    varchar(300),
    issuer_en    varchar(300),
    source       varchar(300) not null,
    unique nulls not distinct (agency_kind, agency_code)
);

insert into letterhead (agency_kind, agency_code, superior_vi, superior_en, issuer_vi, issuer_en, source) values
    ('DEPARTMENT', null, 'UBND THÀNH PHỐ HÀ NỘI', 'HANOI PEOPLE''S COMMITTEE', null, null,
     'Departments are specialised agencies of the City People''s Committee (Resolution 06/NQ-HĐND)'),
    ('PRESS', null, 'UBND THÀNH PHỐ HÀ NỘI', 'HANOI PEOPLE''S COMMITTEE', null, null,
     'City press agencies are under the City People''s Committee (usual practice, to be confirmed)'),
    ('LOCAL_AUTHORITY', null, 'UBND THÀNH PHỐ HÀ NỘI', 'HANOI PEOPLE''S COMMITTEE', null, null,
     'Communes and wards are directly under the city since 1 Jul 2025 (usual practice, to be confirmed)'),
    ('POLICE', null, 'BỘ CÔNG AN', 'MINISTRY OF PUBLIC SECURITY', null, null,
     'The City Police is a unit of the Ministry of Public Security (usual practice, to be confirmed)'),
    ('JUDICIAL', 'VKSND', '', '', 'VIỆN KIỂM SÁT NHÂN DÂN THÀNH PHỐ HÀ NỘI', 'HANOI PEOPLE''S PROCURACY',
     'The procuracy heads its documents with its own name, no managing body (usual practice, to be confirmed)'),
    ('JUDICIAL', 'TAND', '', '', 'TÒA ÁN NHÂN DÂN THÀNH PHỐ HÀ NỘI', 'HANOI PEOPLE''S COURT',
     'The court heads its documents with its own name, no managing body (usual practice, to be confirmed)'),
    ('JUDICIAL', null, '', '', null, null,
     'Judicial bodies are not managed by the City People''s Committee (usual practice, to be confirmed)'),
    ('FRONT_UNION', 'UBMTTQ', '', '', 'ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI',
     'VIETNAM FATHERLAND FRONT COMMITTEE OF HANOI',
     'The Front heads its documents with its own name (usual practice, to be confirmed)'),
    ('FRONT_UNION', null, 'ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI', 'VIETNAM FATHERLAND FRONT COMMITTEE OF HANOI',
     null, null,
     'The unions work under the city''s Fatherland Front Committee since 2025 (usual practice, to be confirmed)');

-- A round names its agencies as they were when it opened; their letterhead lines are kept the same way.
alter table round_agency add column superior_vi varchar(200) not null default '';
alter table round_agency add column superior_en varchar(200) not null default '';
alter table round_agency add column issuer_vi varchar(300);
alter table round_agency add column issuer_en varchar(300);

update round_agency ra
set superior_vi = l.superior_vi, superior_en = l.superior_en,
    issuer_vi = coalesce(l.issuer_vi, ra.name_vi), issuer_en = coalesce(l.issuer_en, ra.name_en)
from agency a
cross join lateral (
    select * from letterhead l
    where l.agency_kind = a.kind and (l.agency_code is null or l.agency_code = a.code)
    order by l.agency_code nulls last limit 1) l
where a.id = ra.agency_id;
