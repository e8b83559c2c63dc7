-- The coordinator's review queue shows, for every submitted assignment, its latest submission (ordered by when
-- it was sent). Without this index each lookup reads the assignment's whole history through
-- progress_update_assignment_idx and filters it (1.4 s of PostgreSQL per page at 200,000 assignments, bench/);
-- with it each is one probe of a small partial index (submissions are a few per cent of the history).
create index progress_update_submit_idx on progress_update (assignment_id, created_at desc, id desc)
    where kind = 'SUBMIT';
