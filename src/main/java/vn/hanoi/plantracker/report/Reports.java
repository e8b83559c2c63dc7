package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.ProvisionalTasks;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;

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

	Reports(ReportQueries queries, RagThresholds thresholds, PlanQueries planQueries) {
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

	public List<AreaChoice> areas(ReportFilter filter) {
		return this.queries.areas(filter.planId());
	}

	/** Which tasks of the selection had a provisional deadline at the as-of date. */
	public ProvisionalTasks provisional(ReportFilter filter) {
		return this.planQueries.provisionalTasks(filter.planId(), filter.areaId(),
				vn.hanoi.plantracker.system.Deadlines.endOf(filter.asOf()));
	}

	public RagThresholds thresholds() {
		return this.thresholds;
	}

	public DepartmentReport departments(PlanUser user, ReportFilter filter, DepartmentSort sort, boolean descending) {
		Long onlyAgency = user.hasRole(Role.OFFICER) ? user.getAgencyId() : null;
		List<ReportQueries.RawDepartment> raw = this.queries.departments(filter, onlyAgency, sort, descending);
		ReportQueries.RawDepartment total = raw.get(raw.size() - 1);
		List<DepartmentRow> rows = raw.subList(0, raw.size() - 1).stream().map(this::rated).toList();
		return new DepartmentReport(filter, rows, total.counts(), total.counts().rag(this.thresholds));
	}

	public AgencyReport agency(PlanUser user, long agencyId, ReportFilter filter) {
		if (user.hasRole(Role.OFFICER) && user.getAgencyId() != agencyId) {
			throw new AccessDeniedException("Officers see only their own agency's report");
		}
		List<ReportQueries.RawDepartment> raw = this.queries.departments(filter, agencyId, DepartmentSort.NAME, false);
		if (raw.size() < 2) {
			throw new ReportNotFoundException("Agency with assignments in this selection", agencyId);
		}
		Map<AssignmentStatus, List<AssignmentLine>> byStatus = new EnumMap<>(AssignmentStatus.class);
		for (AssignmentLine line : this.queries.assignmentsOf(agencyId, filter)) {
			byStatus.computeIfAbsent(line.status(), (s) -> new ArrayList<>()).add(line);
		}
		return new AgencyReport(filter, plan(filter), rated(raw.get(0)), byStatus);
	}

	/**
	 * Every assignment of the selection as it stood at the as-of date, one agency's or
	 * all, in one statement: the rows behind the figures, for tables built elsewhere (the
	 * reporting rounds' prefilled tables and annexes).
	 */
	public List<AssignmentLine> lines(ReportFilter filter, Long agencyId) {
		return this.queries.lines(filter, agencyId);
	}

	public SummaryReport summary(ReportFilter filter) {
		List<AreaProgress> areas = this.queries.areaProgress(filter);
		AreaProgress total = areas.get(areas.size() - 1);
		List<DepartmentRow> rated = this.queries.departments(filter, null, DepartmentSort.ON_TIME_RATE, true)
			.stream()
			.filter((row) -> row.agencyId() != null && row.counts().onTimeRate() != null)
			.map(this::rated)
			.toList();
		List<DepartmentRow> best = rated.subList(0, Math.min(TOP, rated.size()));
		List<DepartmentRow> worst = rated.stream()
			.sorted(Comparator.comparing((DepartmentRow row) -> row.counts().onTimeRate()))
			.limit(TOP)
			.toList();
		List<AssignmentLine> oldest = this.queries.oldestOverdue(filter, 1);
		return new SummaryReport(filter, plan(filter), total.counts(), total.counts().rag(this.thresholds),
				areas.subList(0, areas.size() - 1), best, worst, oldest.isEmpty() ? null : oldest.get(0),
				this.queries.monthly(filter), this.queries.upcoming(filter, SummaryReport.UPCOMING_DAYS, 100));
	}

	private DepartmentRow rated(ReportQueries.RawDepartment raw) {
		return new DepartmentRow(raw.agencyId(), raw.code(), raw.nameVi(), raw.nameEn(), raw.kind(), raw.counts(),
				raw.counts().rag(this.thresholds));
	}

}
