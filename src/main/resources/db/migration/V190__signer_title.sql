-- Who signs an agency's report (Decree 30/2020, Appendix I, item 7): the title of the agency's head, and for
-- a collective body the line "TM." (on behalf of) above it. Kept beside the letterhead (V141), by agency kind
-- with a row per agency code where one agency of a kind differs. Until now every agency's report was signed
-- "THỦ TRƯỞNG CƠ QUAN", a placeholder. A null title means the title is not known: the report keeps the
-- placeholder. An empty authority means the head signs in the agency's name without a "TM." line.
alter table letterhead add column signer_authority_vi varchar(200) not null default '';
alter table letterhead add column signer_authority_en varchar(200) not null default '';
alter table letterhead add column signer_title_vi varchar(100);
alter table letterhead add column signer_title_en varchar(100);

update letterhead set signer_title_vi = 'GIÁM ĐỐC', signer_title_en = 'DIRECTOR',
    source = source || '; signer: a department is headed by its director'
where agency_kind = 'DEPARTMENT' and agency_code is null;
update letterhead set signer_title_vi = 'GIÁM ĐỐC', signer_title_en = 'DIRECTOR',
    source = source || '; signer: the City Police is headed by its director'
where agency_kind = 'POLICE' and agency_code is null;
update letterhead set signer_authority_vi = 'TM. ỦY BAN NHÂN DÂN', signer_authority_en = 'ON BEHALF OF THE PEOPLE''S COMMITTEE',
    signer_title_vi = 'CHỦ TỊCH', signer_title_en = 'CHAIR',
    source = source || '; signer: a People''s Committee signs as a collective, by its chair (Decree 30/2020, App. I)'
where agency_kind = 'LOCAL_AUTHORITY' and agency_code is null;
update letterhead set signer_title_vi = 'VIỆN TRƯỞNG', signer_title_en = 'CHIEF PROCURATOR',
    source = source || '; signer: the chief procurator'
where agency_kind = 'JUDICIAL' and agency_code = 'VKSND';
update letterhead set signer_title_vi = 'CHÁNH ÁN', signer_title_en = 'CHIEF JUDGE',
    source = source || '; signer: the chief judge'
where agency_kind = 'JUDICIAL' and agency_code = 'TAND';
update letterhead set signer_authority_vi = 'TM. BAN THƯỜNG TRỰC', signer_authority_en = 'ON BEHALF OF THE STANDING BOARD',
    signer_title_vi = 'CHỦ TỊCH', signer_title_en = 'CHAIR',
    source = source || '; signer: the Front''s standing board, by its chair (usual practice, to be confirmed)'
where agency_kind = 'FRONT_UNION' and agency_code = 'UBMTTQ';
update letterhead set signer_authority_vi = 'TM. BAN THƯỜNG VỤ', signer_authority_en = 'ON BEHALF OF THE STANDING COMMITTEE',
    signer_title_vi = 'CHỦ TỊCH', signer_title_en = 'CHAIR',
    source = source || '; signer: a union''s standing committee, by its chair (usual practice, to be confirmed)'
where agency_kind = 'FRONT_UNION' and agency_code is null;

-- Agencies of a kind whose head has another title: the rest of their letterhead as for their kind.
insert into letterhead (agency_kind, agency_code, superior_vi, superior_en, issuer_vi, issuer_en,
                        signer_authority_vi, signer_authority_en, signer_title_vi, signer_title_en, source)
select k.agency_kind, v.code, k.superior_vi, k.superior_en, k.issuer_vi, k.issuer_en,
       v.authority_vi, v.authority_en, v.title_vi, v.title_en, v.source
from (values
    ('DEPARTMENT', 'TTTP', '', '', 'CHÁNH THANH TRA', 'CHIEF INSPECTOR',
     'The City Inspectorate is headed by its chief inspector (Law on Inspection 2022)'),
    ('DEPARTMENT', 'VPUBND', '', '', 'CHÁNH VĂN PHÒNG', 'CHIEF OF OFFICE',
     'The Office of the City People''s Committee is headed by its chief (usual practice, to be confirmed)'),
    ('FRONT_UNION', 'TDTN', 'TM. BAN THƯỜNG VỤ', 'ON BEHALF OF THE STANDING COMMITTEE', 'BÍ THƯ', 'SECRETARY',
     'The Youth Union''s standing committee, by its secretary (usual practice, to be confirmed)')
) as v (kind, code, authority_vi, authority_en, title_vi, title_en, source)
join letterhead k on k.agency_kind = v.kind and k.agency_code is null
on conflict (agency_kind, agency_code) do nothing;

-- A round names its agencies as they were when it opened; their signer is kept the same way, and the rounds
-- opened before now get the one their agency has.
alter table round_agency add column signer_authority_vi varchar(200) not null default '';
alter table round_agency add column signer_authority_en varchar(200) not null default '';
alter table round_agency add column signer_title_vi varchar(100);
alter table round_agency add column signer_title_en varchar(100);

update round_agency ra
set signer_authority_vi = l.signer_authority_vi, signer_authority_en = l.signer_authority_en,
    signer_title_vi = l.signer_title_vi, signer_title_en = l.signer_title_en
from agency a
cross join lateral (
    select * from letterhead l
    where l.agency_kind = a.kind and (l.agency_code is null or l.agency_code = a.code)
    order by l.agency_code nulls last limit 1) l
where a.id = ra.agency_id;
