-- What leadership approved: the consolidated report's whole dossier (figures, agency tables, text) as it stood
-- when it was approved, in the same JSON as round_snapshot. The approved report's page and document are built
-- from it, so that nothing done in the tracker afterwards changes a report that was signed off.
create table consolidated_approved_snapshot (
    round_id  bigint      primary key references consolidated_report (round_id),
    taken_at  timestamptz not null,
    content   jsonb       not null
);
create trigger consolidated_approved_snapshot_append_only before update or delete on consolidated_approved_snapshot
    for each row execute function forbid_history_change();
