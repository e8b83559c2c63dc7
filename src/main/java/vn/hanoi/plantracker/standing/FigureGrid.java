package vn.hanoi.plantracker.standing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.hanoi.plantracker.agency.AgencyKind;

/**
 * The figures of every plan as of one day, counted by agency, key area and scope (the
 * city's own work or the requested bodies'): each cell is {@link FigureSql#COUNTED}
 * grouped by those, so that any total, key-area line or agency row of a selection is a
 * sum of cells ({@link Counts#plus}) and equals what one statement grouped by it gives.
 * Made by {@link FigureGrids}, which keeps each agency's cells under that agency's
 * version: a save reads its agency's cells again, not the plan's.
 */
public final class FigureGrid {

	private final Map<Long, AgencyCells> agencies;

	FigureGrid(Map<Long, AgencyCells> agencies) {
		this.agencies = agencies;
	}

	/** The selection's total for the city's own work or the requested bodies'. */
	public Counts total(Selection selection, boolean requested) {
		Counts total = Counts.NONE;
		for (AgencyCells part : this.agencies.values()) {
			if (takes(selection, part.agency())) {
				for (Cell cell : part.cells()) {
					if (takes(selection, cell, requested)) {
						total = total.plus(cell.counts());
					}
				}
			}
		}
		return total;
	}

	/**
	 * The selection's key areas with anything counted, in their order, for the city's own
	 * work or the requested bodies'.
	 */
	public List<AreaCounts> byArea(Selection selection, boolean requested) {
		Map<Long, AreaCounts> areas = new HashMap<>();
		for (AgencyCells part : this.agencies.values()) {
			if (takes(selection, part.agency())) {
				for (Cell cell : part.cells()) {
					if (takes(selection, cell, requested)) {
						areas.merge(cell.area().id(), new AreaCounts(cell.area(), cell.counts()),
								(a, b) -> new AreaCounts(a.area(), a.counts().plus(b.counts())));
					}
				}
			}
		}
		List<AreaCounts> list = new ArrayList<>(areas.values());
		list.sort(Comparator.comparingInt((AreaCounts a) -> a.area().ordinal()).thenComparing((a) -> a.area().id()));
		return list;
	}

	/**
	 * The selection's agencies with anything counted, by agency id, for the city's own
	 * work or the requested bodies'.
	 */
	public List<AgencyCounts> byAgency(Selection selection, boolean requested) {
		List<AgencyCounts> rows = new ArrayList<>();
		for (AgencyCells part : this.agencies.values()) {
			if (takes(selection, part.agency())) {
				Counts counts = null;
				for (Cell cell : part.cells()) {
					if (takes(selection, cell, requested)) {
						counts = (counts != null) ? counts.plus(cell.counts()) : cell.counts();
					}
				}
				if (counts != null) {
					rows.add(new AgencyCounts(part.agency(), counts));
				}
			}
		}
		rows.sort(Comparator.comparingLong((AgencyCounts row) -> row.agency().id()));
		return rows;
	}

	/** The city's own total of every plan with anything counted, by plan. */
	public Map<Long, Counts> cityTotalsByPlan() {
		Map<Long, Counts> totals = new HashMap<>();
		for (AgencyCells part : this.agencies.values()) {
			for (Cell cell : part.cells()) {
				if (!cell.requested()) {
					totals.merge(cell.planId(), cell.counts(), Counts::plus);
				}
			}
		}
		return totals;
	}

	private static boolean takes(Selection selection, Agency agency) {
		return selection.kind() == null || selection.kind() == agency.kind();
	}

	private static boolean takes(Selection selection, Cell cell, boolean requested) {
		return cell.planId() == selection.planId() && cell.requested() == requested
				&& (selection.areaId() == null || selection.areaId() == cell.area().id());
	}

	/**
	 * An agency as named on the day, with the place of its name among all the agencies'
	 * names of the day in each language's order (null: no name in that language).
	 */
	public record Agency(long id, String code, String nameVi, String nameEn, AgencyKind kind, int sortOrder,
			Integer placeVi, Integer placeEn) {

		/** The place of its name in the order of the page's language. */
		public Integer namePlace(boolean english) {
			return english ? this.placeEn : this.placeVi;
		}

	}

	/** A key area as titled on the day. */
	public record Area(long id, long planId, int ordinal, String titleVi, String titleEn) {

	}

	/** One key area's counts. */
	public record AreaCounts(Area area, Counts counts) {

	}

	/** One agency's counts. */
	public record AgencyCounts(Agency agency, Counts counts) {

	}

	/** One agency's work in one key area, of one scope. */
	record Cell(long planId, Area area, boolean requested, Counts counts) {

	}

	/** One agency's cells: what a change of its work reads again. */
	record AgencyCells(Agency agency, List<Cell> cells) {

	}

}
