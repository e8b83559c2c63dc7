-- What an agency reports besides its progress: the difficulties it meets ("Khó khăn, vướng mắc") and what
-- it proposes ("Kiến nghị"). The report annex shows each agency's latest ones; the coordinator's return
-- reasons stay in the review history. Adding nullable columns leaves the append-only history untouched.
alter table progress_update
    add column difficulties varchar(2000),
    add column proposals    varchar(2000);
