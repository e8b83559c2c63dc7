package vn.hanoi.plantracker.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.plan.AnnexTemplate.AnnexLine;

/**
 * A plan's annex table as the file it would be imported from, .docx or .xlsx, in the
 * layout of {@link AnnexTemplate}: its key areas, and its tasks with their number,
 * content, lead and supporting agencies, deadline and output, worded so that the importer
 * reads each back as it is. Agencies are named as the registry names them; every
 * department, or every ward and commune, is written as the group ("Các sở, ban, ngành",
 * "UBND các phường, xã") that the importer fans out again; a deadline is written by
 * {@link ScheduleText#format}, "(dự kiến)" when provisional. Four statements, whatever
 * the plan's size.
 */
@Service
@Transactional(readOnly = true)
public class PlanAnnexExport {

	static final String ALL_DEPARTMENTS = "Các sở, ban, ngành";

	static final String ALL_COMMUNES = "UBND các phường, xã";

	private final PlanRepository plans;

	private final KeyAreaRepository areas;

	private final TaskRepository tasks;

	private final TaskAgencyRepository taskAgencies;

	private final PlanImport imports;

	PlanAnnexExport(PlanRepository plans, KeyAreaRepository areas, TaskRepository tasks,
			TaskAgencyRepository taskAgencies, PlanImport imports) {
		this.plans = plans;
		this.areas = areas;
		this.tasks = tasks;
		this.taskAgencies = taskAgencies;
		this.imports = imports;
	}

	/** The plan's annex as a Word document, under its "PHỤ LỤC" title. */
	public byte[] docx(long planId) {
		Plan plan = this.plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		return AnnexTemplate.docx(List.of("PHỤ LỤC", plan.getTitleVi(), "(Kèm theo Kế hoạch số " + plan.getNumber()
				+ " ngày " + PlanImport.DAY.format(plan.getIssuedOn()) + ")"), lines(planId));
	}

	/** The plan's annex as a workbook. */
	public byte[] xlsx(long planId) {
		this.plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		return AnnexTemplate.xlsx(lines(planId));
	}

	/** A short file name for the plan's annex: "phu-luc-133-KH-UBND". */
	public String fileName(long planId) {
		Plan plan = this.plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		return "phu-luc-" + plan.getNumber().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private List<AnnexLine> lines(long planId) {
		Map<Long, Set<Agency>> lead = new HashMap<>();
		Map<Long, Set<Agency>> support = new HashMap<>();
		for (TaskAgency link : this.taskAgencies.findByPlan(planId)) {
			Map<Long, Set<Agency>> side = (link.getRole() == AgencyRole.LEAD) ? lead : support;
			side.computeIfAbsent(link.getTask().getId(), (id) -> new LinkedHashSet<>()).add(link.getAgency());
		}
		List<Agency> current = this.imports.currentAgencies();
		List<Agency> departments = current.stream().filter((a) -> a.getKind() == AgencyKind.DEPARTMENT).toList();
		List<Agency> communes = current.stream().filter((a) -> a.getKind() == AgencyKind.LOCAL_AUTHORITY).toList();
		Map<Long, List<Task>> byArea = new HashMap<>();
		for (Task task : this.tasks.findByPlan(planId)) {
			byArea.computeIfAbsent(task.getKeyArea().getId(), (id) -> new ArrayList<>()).add(task);
		}
		List<AnnexLine> lines = new ArrayList<>();
		for (KeyArea area : this.areas.findByPlan(planId)) {
			lines.add(AnnexLine.area(RomanNumeral.of(area.getOrdinal()), area.getTitleVi()));
			for (Task task : byArea.getOrDefault(area.getId(), List.of())) {
				Set<Agency> leads = lead.getOrDefault(task.getId(), Set.of());
				Set<Agency> supports = support.getOrDefault(task.getId(), Set.of());
				lines.add(AnnexLine.task(task.getCode(), content(task), names(leads, Set.of(), departments, communes),
						names(supports, leads, departments, communes),
						ScheduleText.format(task.schedule(), task.isProvisional()), task.getOutputVi()));
			}
		}
		return lines;
	}

	/**
	 * The task as the importer took it: its title, or its whole text when that was cut.
	 */
	private static String content(Task task) {
		String description = task.getDescriptionVi();
		if (description != null && task.getTitleVi().endsWith("…")
				&& description.startsWith(task.getTitleVi().substring(0, task.getTitleVi().length() - 1))) {
			return description;
		}
		return task.getTitleVi();
	}

	/**
	 * The agencies' names, a group for every department or every commune; the lead's
	 * agencies count toward a supporting group, as the importer leaves them out of it.
	 */
	private static String names(Set<Agency> agencies, Set<Agency> lead, List<Agency> departments,
			List<Agency> communes) {
		Set<Long> ids = ids(agencies);
		Set<Long> leadIds = ids(lead);
		Set<Long> grouped = new java.util.HashSet<>();
		List<String> names = new ArrayList<>();
		for (var group : List.of(Map.entry(ALL_DEPARTMENTS, departments), Map.entry(ALL_COMMUNES, communes))) {
			Set<Long> members = ids(group.getValue());
			if (!members.isEmpty() && members.stream().anyMatch(ids::contains)
					&& members.stream().allMatch((id) -> ids.contains(id) || leadIds.contains(id))) {
				names.add(group.getKey());
				grouped.addAll(members);
			}
		}
		List<Agency> rest = agencies.stream().filter((agency) -> !grouped.contains(agency.getId())).toList();
		List<String> named = new ArrayList<>();
		rest.forEach((agency) -> named.add(agency.getNameVi()));
		named.addAll(names);
		return String.join("; ", named);
	}

	private static Set<Long> ids(java.util.Collection<Agency> agencies) {
		Set<Long> ids = new java.util.HashSet<>();
		agencies.forEach((agency) -> ids.add(agency.getId()));
		return ids;
	}

}
