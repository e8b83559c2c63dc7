-- Search that ignores case and Vietnamese diacritics: "ha dong" finds "Hà Đông", "d" matches "đ".
-- search_fold is immutable (it uses only lower, normalize, regexp_replace and translate, no extension), so it
-- can be indexed; unaccent() is only STABLE and would need a wrapper.
create function search_fold(t text) returns text
    language sql immutable strict parallel safe
    as $$ select translate(regexp_replace(normalize(lower(t), NFD), '[\u0300-\u036f]', '', 'g'), 'đ', 'd') $$;

-- Trigram indexes make the "contains" search indexable; pg_trgm ships with PostgreSQL (contrib) and is a
-- trusted extension, but a server without it still gets a working (unindexed) search.
do $$
begin
    create extension if not exists pg_trgm;
exception when others then
    raise notice 'pg_trgm is not available (%): search works without trigram indexes', sqlerrm;
end
$$;

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'create index task_search_idx on task using gin '
             || '(search_fold(code || '' '' || title_vi || '' '' || title_en) gin_trgm_ops)';
        execute 'create index agency_search_idx on agency using gin '
             || '(search_fold(code || '' '' || name_vi || '' '' || name_en) gin_trgm_ops)';
    end if;
end
$$;
