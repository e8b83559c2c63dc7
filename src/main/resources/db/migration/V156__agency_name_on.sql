-- The agency module's published read function: an agency's name on a day (the name it had then, or its current
-- one when no earlier name was recorded), for other modules that show a name as of a past day.
create function agency_name_on(agency bigint, day date)
returns table (name_vi varchar, name_en varchar)
language sql stable as $$
    select coalesce(n.name_vi, a.name_vi), coalesce(n.name_en, a.name_en)
    from agency a
    left join lateral (select an.name_vi, an.name_en from agency_name an
                       where an.agency_id = a.id and an.valid_from <= day
                       order by an.valid_from desc limit 1) n on true
    where a.id = agency
$$;
