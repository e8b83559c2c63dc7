-- The figure owner keeps each agency's figures apart (FigureGrids): after a save it reads again the saving
-- agency's tally rows only, a few hundred, by this index (at national scale the table holds 70,000 rows; the
-- unique key leads with the key area, so an agency's rows were a scan of all of them).
set local statement_timeout = 0;
create index figure_tally_agency_idx on figure_tally (agency_id);
