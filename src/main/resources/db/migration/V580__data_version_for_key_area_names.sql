-- V550's key-area history changes the structure's version when it changes, as the key areas themselves do:
--   key_area_name          a key area's old titles, read as of a day by the reports' outline and the API's plan
--                          (CacheCoverageTests found it read by cached pages with no version trigger)
--   plan_amendment_area    the area changes kept with a draft amendment (read with the amendment's pages)
create trigger key_area_name_data_version after insert or update or delete on key_area_name
    for each statement execute function bump_data_version();
create trigger plan_amendment_area_data_version after insert or update or delete on plan_amendment_area
    for each statement execute function bump_data_version();
