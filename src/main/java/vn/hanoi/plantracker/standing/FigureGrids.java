package vn.hanoi.plantracker.standing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.PerAgencyCache;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.VersionedCache;

/**
 * The figures of a day kept by agency ({@link FigureGrid}) and the twelve months of a
 * day's summary kept the same way: each agency's part is read with one statement for all
 * the agencies that changed, and kept under that agency's version
 * ({@link PerAgencyCache}), so that after a save a plan's figures cost one agency's rows
 * (a few hundred), not the plan's (tens of thousands at national scale). The counting is
 * {@link FigureSql#COUNTED} and {@link FigureSql#SELECTION}, grouped by agency: the same
 * definitions as any other figure.
 */
@Component
@Transactional(readOnly = true)
public class FigureGrids {

	private static final String AGENCIES = "\n  and (cast(:all as boolean) or a.agency_id = any(cast(:agencies as bigint[])))\n";

	/**
	 * Each agency's cells, with its place in the order of the agencies' names of the day
	 * in each language (ICU collations: "vi-x-icu" for Vietnamese, Hà Đông before Hoàng
	 * Mai; the root collation "und-x-icu" for English, accents secondary, case ignored
	 * first), for tables sorted by name: a place among every agency of the day, so a part
	 * read alone keeps it.
	 */
	private static final String CELLS = "select c.*, np.place_vi, np.place_en from (\n"
			+ "select k.plan_id, a.agency_id, k.id as area_id, a.requested, "
			+ "min(k.ordinal) as ordinal, min(k.title_vi) as area_vi, min(k.title_en) as area_en, "
			+ "min(ag.code) as code, min(ag.name_vi) as name_vi, min(ag.name_en) as name_en, min(ag.kind) as kind, "
			+ "min(ag.sort_order) as sort_order,\n" + FigureSql.COUNTS + FigureSql.COUNTED_IN_EVERY_PLAN + AGENCIES
			+ "group by k.plan_id, a.agency_id, k.id, a.requested) c\n"
			+ "join (select id, cast(dense_rank() over (order by name_vi collate \"vi-x-icu\") as integer) as place_vi,\n"
			+ "             case when name_en is not null then cast(dense_rank() over (order by name_en collate \"und-x-icu\")\n"
			+ "                                                     as integer) end as place_en\n"
			+ "      from agency_as_of(cast(:today as date))) np on np.id = c.agency_id";

	/**
	 * The city's own work completed or due in each of the twelve months up to the day's,
	 * by plan, agency and key area (each assignment counted in the month it was completed
	 * and in the month it was due).
	 */
	private static final String MONTHS = """
			with w as (select cast(date_trunc('month', cast(:today as date)) - interval '11 months' as date) as first,
			                  cast(date_trunc('month', cast(:today as date)) + interval '1 month' as date) as after),
			s as (select k.plan_id, a.agency_id, ag.kind, k.id as area_id, a.due_date, a.completed_on
			      %s%s
			      and ((a.due_date >= (select first from w) and a.due_date < (select after from w))
			        or (a.completed_on >= (select first from w) and a.completed_on < (select after from w))))
			select plan_id, agency_id, min(kind) as kind, area_id, month, sum(completed) as completed, sum(due) as due
			from (select plan_id, agency_id, kind, area_id, cast(date_trunc('month', completed_on) as date) as month,
			             1 as completed, 0 as due
			      from s where completed_on >= (select first from w) and completed_on < (select after from w)
			      union all
			      select plan_id, agency_id, kind, area_id, cast(date_trunc('month', due_date) as date), 0, 1
			      from s where due_date >= (select first from w) and due_date < (select after from w)) x
			group by plan_id, agency_id, area_id, month
			""".formatted(FigureSql.SELECTION_IN_EVERY_PLAN, AGENCIES);

	private final JdbcClient jdbc;

	private final Today today;

	private final PerAgencyCache<List<LocalDate>, FigureGrid.AgencyCells> cells;

	private final PerAgencyCache<List<LocalDate>, List<MonthCell>> months;

	/** The cells as of a day that has ended, read once for every agency. */
	private final VersionedCache<List<LocalDate>, Map<Long, FigureGrid.AgencyCells>> endedCells;

	/** The months as of a day that has ended, read once for every agency. */
	private final VersionedCache<List<LocalDate>, Map<Long, List<MonthCell>>> endedMonths;

	FigureGrids(JdbcClient jdbc, Today today, ReadCaches caches) {
		this.jdbc = jdbc;
		this.today = today;
		this.cells = caches.createPerAgency("figure-grid", 16);
		this.months = caches.createPerAgency("figure-months", 16);
		this.endedCells = caches.create("figure-grid-ended", 16);
		this.endedMonths = caches.create("figure-months-ended", 16);
	}

	/**
	 * Every plan's figures as of the day, by agency, key area and scope: for a day that
	 * has ended, read once for every agency and kept whoever saves later
	 * ({@link DataVersion.Scope#hasEnded}; at national a past day's cells of one agency
	 * cost 59 ms of PostgreSQL, on every save, for every page as of that day).
	 */
	public FigureGrid asOf(LocalDate day) {
		LocalDate now = this.today.date();
		if (DataVersion.Scope.hasEnded(day, now)) {
			return new FigureGrid(this.endedCells.get(DataVersion.Scope.STRUCTURE, List.of(day, now),
					() -> readCells(day, now, null)));
		}
		return new FigureGrid(this.cells.get(List.of(day, now), (key, agencies) -> readCells(day, now, agencies)));
	}

	/**
	 * The twelve months up to the selection's day, oldest first: the city's own work
	 * completed and due in each.
	 */
	public List<Month> months(Selection selection) {
		LocalDate now = this.today.date();
		LocalDate day = selection.asOf();
		Map<Long, List<MonthCell>> parts = DataVersion.Scope.hasEnded(day, now)
				? this.endedMonths.get(DataVersion.Scope.STRUCTURE, List.of(day, now), () -> readMonths(day, now, null))
				: this.months.get(List.of(day, now), (key, agencies) -> readMonths(day, now, agencies));
		YearMonth last = YearMonth.from(selection.asOf());
		long[] completed = new long[12];
		long[] due = new long[12];
		parts.forEach((agency, cells) -> {
			for (MonthCell cell : cells) {
				if (cell.planId() == selection.planId() && (selection.kind() == null || cell.kind() == selection.kind())
						&& (selection.areaId() == null || selection.areaId() == cell.areaId())) {
					int index = 11 - (int) cell.month().until(last, java.time.temporal.ChronoUnit.MONTHS);
					if (index >= 0 && index < 12) {
						completed[index] += cell.completed();
						due[index] += cell.due();
					}
				}
			}
		});
		List<Month> list = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			list.add(new Month(last.minusMonths(11 - i), completed[i], due[i]));
		}
		return list;
	}

	private Map<Long, FigureGrid.AgencyCells> readCells(LocalDate day, LocalDate now, Set<Long> agencies) {
		Map<Long, FigureGrid.Agency> named = new HashMap<>();
		Map<Long, List<FigureGrid.Cell>> cells = new HashMap<>();
		bind(this.jdbc.sql(CELLS), day, now, null, agencies).query((RowCallbackHandler) (rs) -> {
			long agency = rs.getLong("agency_id");
			named.computeIfAbsent(agency, (id) -> {
				try {
					return new FigureGrid.Agency(id, rs.getString("code"), rs.getString("name_vi"),
							rs.getString("name_en"), AgencyKind.valueOf(rs.getString("kind")), rs.getInt("sort_order"),
							(Integer) rs.getObject("place_vi"), (Integer) rs.getObject("place_en"));
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			long plan = rs.getLong("plan_id");
			cells.computeIfAbsent(agency, (id) -> new ArrayList<>())
				.add(new FigureGrid.Cell(
						plan, new FigureGrid.Area(rs.getLong("area_id"), plan, rs.getInt("ordinal"),
								rs.getString("area_vi"), rs.getString("area_en")),
						rs.getBoolean("requested"), FigureSql.counts(rs)));
		});
		Map<Long, FigureGrid.AgencyCells> parts = new HashMap<>();
		cells.forEach((agency, list) -> parts.put(agency, new FigureGrid.AgencyCells(named.get(agency), list)));
		return parts;
	}

	private Map<Long, List<MonthCell>> readMonths(LocalDate day, LocalDate now, Set<Long> agencies) {
		Map<Long, List<MonthCell>> parts = new HashMap<>();
		bind(this.jdbc.sql(MONTHS), day, now, false, agencies).query((RowCallbackHandler) (rs) -> parts
			.computeIfAbsent(rs.getLong("agency_id"), (id) -> new ArrayList<>())
			.add(new MonthCell(rs.getLong("plan_id"), rs.getLong("area_id"), AgencyKind.valueOf(rs.getString("kind")),
					YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("completed"),
					rs.getLong("due"))));
		return parts;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, LocalDate day, LocalDate now,
			Boolean requested, Set<Long> agencies) {
		return FigureSql.bind(statement, Selection.of(0, day), null, requested, now)
			.param("all", agencies == null)
			.param("agencies", (agencies != null) ? agencies.toArray(new Long[0]) : new Long[0]);
	}

	/** One month: the city's own work completed in it and due in it. */
	public record Month(YearMonth month, long completed, long due) {

	}

	/** One agency's work in one key area completed and due in one month. */
	private record MonthCell(long planId, long areaId, AgencyKind kind, YearMonth month, long completed, long due) {

	}

}
