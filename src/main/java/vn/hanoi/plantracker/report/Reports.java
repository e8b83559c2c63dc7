package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.ProvisionalTasks;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.FigureGrid;
import vn.hanoi.plantracker.standing.FigureGrids;
import vn.hanoi.plantracker.standing.Selection;

/**
 * The reports, with their access rule: coordinator, leadership and administrators see
 * every agency; an officer sees only its own agency (its row of the department report and
 * its own agency page) and not the summary.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	static final int TOP = 5;

	private final ReportQueries queries;

	private final RagThresholds thresholds;

	private final PlanQueries planQueries;

	private final ReportLineQueries lines;

	private final FigureGrids grids;

	Reports(ReportQueries queries, RagThresholds thresholds, PlanQueries planQueries, ReportLineQueries lines,
			FigureGrids grids) {
		this.grids = grids;
		this.lines = lines;
		this.planQueries = planQueries;
		this.queries = queries;
		this.thresholds = thresholds;
	}

	/** The filter a request asks for, with the latest plan and today filled in. */
	public ReportFilter filter(Long planId, AgencyKind kind, Long areaId, LocalDate asOf, LocalDate today) {
		long plan = (planId != null) ? planId
				: this.queries.latestPlanId().orElseThrow(() -> new ReportNotFoundException("Plan", "latest"));
		return new ReportFilter(plan, kind, areaId, (asOf != null) ? asOf : today);
	}

	public PlanHeading plan(ReportFilter filter) {
		return this.queries.plan(filter.planId())
			.orElseThrow(() -> new ReportNotFoundException("Plan", filter.planId()));
	}

	/**
	 * The plan's heading, its key areas and which tasks of the selection had a
	 * provisional deadline at the as-of date, in one statement.
	 */
	public ReportOutline outline(ReportFilter filter) {
		vn.hanoi.plantracker.plan.PlanOutline outline = this.planQueries
			.outline(filter.planId(), filter.areaId(), vn.hanoi.plantracker.standing.Deadlines.endOf(filter.asOf()))
			.orElseThrow(() -> new ReportNotFoundException("Plan", filter.planId()));
		return new ReportOutline(
				new PlanHeading(outline.id(), outline.number(), outline.issuedOn(), outline.titleVi(),
						outline.titleEn()),
				outline.areas()
					.stream()
					.map((area) -> new AreaChoice(area.id(), area.ordinal(), area.titleVi(), area.titleEn()))
					.toList(),
				outline.provisional());
	}

	/** Which tasks of the selection had a provisional deadline at the as-of date. */
	public ProvisionalTasks provisional(ReportFilter filter) {
		return this.planQueries.provisionalTasks(filter.planId(), filter.areaId(),
				vn.hanoi.plantracker.standing.Deadlines.endOf(filter.asOf()));
	}

	public RagThresholds thresholds() {
		return this.thresholds;
	}

	public DepartmentReport departments(PlanUser user, ReportFilter filter, DepartmentSort sort, boolean descending) {
		Long onlyAgency = ReportAccess.onlyAgency(user);
		Selection selection = filter.selection();
		FigureGrid grid = this.grids.asOf(filter.asOf());
		List<FigureGrid.AgencyCounts> city = only(grid.byAgency(selection, false), onlyAgency);
		List<FigureGrid.AgencyCounts> requested = only(grid.byAgency(selection, true), onlyAgency);
		boolean english = vn.hanoi.plantracker.system.Localized.isEnglish();
		Comparator<FigureGrid.AgencyCounts> order = sort.comparator(descending,
				(row) -> row.agency().namePlace(english), (row) -> row.agency().id(), (row) -> row.agency().sortOrder(),
				FigureGrid.AgencyCounts::counts);
		Counts total = sum(city);
		return new DepartmentReport(filter, city.stream().sorted(order).map(this::rated).toList(), total,
				this.thresholds.rate(total), requested.stream().sorted(order).map(this::rated).toList(),
				sum(requested));
	}

	public AgencyReport agency(PlanUser user, long agencyId, ReportFilter filter) {
		// another agency's report is answered like an agency that does not exist
		ReportAccess.requireAgency(user, agencyId);
		Selection selection = filter.selection();
		FigureGrid grid = this.grids.asOf(filter.asOf());
		List<FigureGrid.AgencyCounts> rows = new ArrayList<>(only(grid.byAgency(selection, false), agencyId));
		rows.addAll(only(grid.byAgency(selection, true), agencyId));
		if (rows.isEmpty()) {
			throw new ReportNotFoundException("Agency with assignments in this selection", agencyId);
		}
		Map<Metric, List<AssignmentLine>> byMetric = new EnumMap<>(Metric.class);
		for (AssignmentLine line : this.lines.assignmentsOf(agencyId, filter)) {
			byMetric.computeIfAbsent(line.metric(), (s) -> new ArrayList<>()).add(line);
		}
		return new AgencyReport(filter, plan(filter),
				rated(new FigureGrid.AgencyCounts(rows.get(0).agency(), sum(rows))), byMetric);
	}

	private static List<FigureGrid.AgencyCounts> only(List<FigureGrid.AgencyCounts> rows, Long agencyId) {
		return (agencyId == null) ? rows : rows.stream().filter((row) -> row.agency().id() == agencyId).toList();
	}

	private static Counts sum(List<FigureGrid.AgencyCounts> rows) {
		return rows.stream().map(FigureGrid.AgencyCounts::counts).reduce(Counts.NONE, Counts::plus);
	}

	/**
	 * Every assignment of the selection as it stood at the as-of date, one agency's or
	 * all, in one statement: the rows behind the figures, for tables built elsewhere (the
	 * reporting rounds' prefilled tables and annexes).
	 */
	public List<AssignmentLine> lines(ReportFilter filter, Long agencyId) {
		return this.lines.lines(filter, agencyId);
	}

	/**
	 * The summary. The rankings take every agency with work due, those that have done
	 * nothing on time included (rate 0 %); ties go by the agency's order.
	 */
	public SummaryReport summary(ReportFilter filter) {
		// the figures from the owner's grid, kept by agency: after a save only the saving
		// agency's cells are read again
		Selection selection = filter.selection();
		FigureGrid grid = this.grids.asOf(filter.asOf());
		Counts total = grid.total(selection, false);
		List<AreaProgress> areas = grid.byArea(selection, false)
			.stream()
			.map((area) -> new AreaProgress(area.area().id(), area.area().ordinal(), area.area().titleVi(),
					area.area().titleEn(), area.counts()))
			.toList();
		// the best on-time rate first (exactly, not as rounded), ties by the agency's
		// order
		List<DepartmentRow> rated = grid.byAgency(selection, false)
			.stream()
			.filter((row) -> row.counts().due() > 0)
			.sorted(Comparator
				.comparing((FigureGrid.AgencyCounts row) -> row.counts(),
						(a, b) -> Long.compare(b.onTime() * a.due(), a.onTime() * b.due()))
				.thenComparingInt((row) -> row.agency().sortOrder())
				.thenComparingLong((row) -> row.agency().id()))
			.map(this::rated)
			.toList();
		List<DepartmentRow> best = rated.subList(0, Math.min(TOP, rated.size()));
		List<DepartmentRow> worst = rated.stream()
			.sorted(Comparator.comparing((DepartmentRow row) -> row.counts().onTimeRate()))
			.limit(TOP)
			.toList();
		ReportLineQueries.OldestAndUpcoming lists = this.lines.oldestAndUpcoming(filter, total,
				SummaryReport.UPCOMING_SHOWN);
		List<MonthCount> months = this.grids.months(selection)
			.stream()
			.map((month) -> new MonthCount(month.month(), month.completed(), month.due()))
			.toList();
		// the heading from the outline the summary page reads anyway (cached under the
		// structure's version): one statement fewer per page than a heading of its own
		return new SummaryReport(filter, outline(filter).plan(), total, this.thresholds.rate(total), areas, best, worst,
				lists.oldest(), months, lists.upcoming(), grid.total(selection, true));
	}

	private DepartmentRow rated(FigureGrid.AgencyCounts row) {
		FigureGrid.Agency agency = row.agency();
		return new DepartmentRow(agency.id(), agency.code(), agency.nameVi(), agency.nameEn(), agency.kind(),
				row.counts(), this.thresholds.rate(row.counts()));
	}

	/**
	 * A page of the assignments behind a figure. An officer sees only its own agency's,
	 * whatever the URL says.
	 */
	public DrillDown drill(PlanUser user, ReportFilter filter, Metric metric, DrillDown.Scope scope, Long agencyId,
			int page) {
		Long agency = ReportAccess.drilledAgency(user, agencyId);
		ReportLineQueries.Drill drill = new ReportLineQueries.Drill(metric, scope.requested(), agency);
		long total = this.lines.count(filter, drill);
		int pages = (int) Math.max(1, (total + DrillDown.PAGE_SIZE - 1) / DrillDown.PAGE_SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		return new DrillDown(filter, metric, scope, agency,
				this.lines.lines(filter, drill, (shown - 1) * DrillDown.PAGE_SIZE, DrillDown.PAGE_SIZE), total, shown,
				DrillDown.PAGE_SIZE);
	}

	/**
	 * Every assignment behind a figure, for its xlsx: the same rule as {@link #drill}.
	 */
	public DrillDown drillAll(PlanUser user, ReportFilter filter, Metric metric, DrillDown.Scope scope, Long agencyId) {
		DrillDown first = drill(user, filter, metric, scope, agencyId, 1);
		ReportLineQueries.Drill drill = new ReportLineQueries.Drill(metric, scope.requested(), first.agencyId());
		int all = (int) Math.min(Integer.MAX_VALUE, first.total());
		return new DrillDown(filter, metric, scope, first.agencyId(), this.lines.lines(filter, drill, 0, all),
				first.total(), 1, Math.max(all, 1));
	}

}
