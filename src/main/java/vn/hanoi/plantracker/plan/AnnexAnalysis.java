package vn.hanoi.plantracker.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.plan.AnnexPreview.Area;
import vn.hanoi.plantracker.plan.AnnexPreview.Problem;
import vn.hanoi.plantracker.plan.AnnexPreview.TaskRow;
import vn.hanoi.plantracker.plan.AnnexSheet.Line;

/**
 * What an annex's lines say ({@link PlanImport}): its key areas (a Roman numeral or a
 * letter, or a title alone), the tasks under them (a number such as 2.1), each with its
 * schedule ({@link ScheduleText}) and agencies ({@link AgencyNames}) understood, and the
 * problems found, errors and warnings, each on its row.
 */
final class AnnexAnalysis {

	private static final Pattern AREA_NUMBER = Pattern
		.compile("(?=[IVXLC])(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|[A-Z]");

	private static final Pattern AREA_IN_ONE_CELL = Pattern
		.compile("((?=[IVXLC])(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\\s*[.):]\\s*(\\S.*)", Pattern.DOTALL);

	private static final Pattern TASK_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*");

	/** The longest task title and expected output. */
	static final int TITLE_MAX = 1000;

	private static final int TEXT_MAX = 10_000;

	private static final int AREA_TITLE_MAX = 500;

	private AnnexAnalysis() {
	}

	/**
	 * The preview of the file's lines, read with the cells corrected, naming the agencies
	 * of {@code names}.
	 */
	static AnnexPreview of(String token, String fileName, List<Line> lines, AnnexCorrections corrections,
			AgencyNames names) {
		List<Area> result = new ArrayList<>();
		List<TaskRow> tasks = null;
		Map<String, Integer> codes = new HashMap<>();
		for (Line written : lines) {
			Line line = areaInOneCell(corrections.apply(written));
			String stt = line.stt().replaceAll("[.):]+$", "").strip();
			if (AREA_NUMBER.matcher(stt).matches() || line.isTitleOnly()) {
				List<Problem> problems = new ArrayList<>();
				if (line.content().isEmpty()) {
					problems.add(Problem.error("plans.import.problem.noTitle"));
				}
				else if (line.content().length() > AREA_TITLE_MAX) {
					problems.add(Problem.error("plans.import.problem.tooLong", AREA_TITLE_MAX));
				}
				tasks = new ArrayList<>();
				codes.clear();
				result.add(new Area(line.row(), stt, line.content(), problems, tasks));
				continue;
			}
			if (tasks == null) {
				// a task above the first key area: shown under an untitled area, refused
				tasks = new ArrayList<>();
				result.add(new Area(line.row(), "", "",
						new ArrayList<>(List.of(Problem.error("plans.import.problem.noArea"))), tasks));
			}
			tasks.add(task(line, stt, names, codes));
		}
		List<Problem> problems = new ArrayList<>();
		if (result.stream().allMatch((area) -> area.tasks().isEmpty())) {
			problems.add(Problem.error("plans.import.file.noTasks"));
		}
		result.stream()
			.filter((area) -> area.tasks().isEmpty())
			.forEach((area) -> area.problems().add(Problem.warning("plans.import.problem.emptyArea")));
		return new AnnexPreview(token, fileName, result, problems);
	}

	/**
	 * A key area written in one cell over the whole row, "II. PHÒNG NGỪA" (as Word
	 * annexes and the report annex write them): its number and its title, as if in two
	 * cells.
	 */
	private static Line areaInOneCell(Line line) {
		Matcher m = AREA_IN_ONE_CELL.matcher(line.stt());
		if (!m.matches() || !line.content().isEmpty() || !line.lead().isEmpty() || !line.support().isEmpty()
				|| !line.schedule().isEmpty() || !line.output().isEmpty()) {
			return line;
		}
		return new Line(line.row(), m.group(1), m.group(2).strip(), "", "", "", "", false);
	}

	private static TaskRow task(Line line, String stt, AgencyNames names, Map<String, Integer> codes) {
		List<Problem> problems = new ArrayList<>();
		if (line.spansColumns()) {
			problems.add(Problem.error("plans.import.problem.mergedColumns"));
		}
		if (stt.isEmpty()) {
			problems.add(Problem.error("plans.import.problem.noNumber"));
		}
		else if (!TASK_NUMBER.matcher(stt).matches()) {
			problems.add(Problem.error("plans.import.problem.number", stt));
		}
		else {
			Integer earlier = codes.putIfAbsent(stt, line.row());
			if (earlier != null) {
				problems.add(Problem.error("plans.import.problem.duplicateNumber", stt, earlier));
			}
		}
		if (line.content().isEmpty()) {
			problems.add(Problem.error("plans.import.problem.noContent"));
		}
		else if (line.content().length() > TEXT_MAX) {
			problems.add(Problem.error("plans.import.problem.tooLong", TEXT_MAX));
		}
		ScheduleText.Parsed parsed = ScheduleText.parse(line.schedule()).orElse(null);
		if (line.schedule().isEmpty()) {
			problems.add(Problem.error("plans.import.problem.noSchedule"));
		}
		else if (parsed == null) {
			problems.add(Problem.error("plans.import.problem.schedule", line.schedule()));
		}
		else if (parsed.inferred()) {
			problems.add(Problem.warning("plans.import.problem.scheduleInferred", parsed.schedule().dueDay(),
					parsed.schedule().dueMonth()));
		}
		else if (parsed.marked()) {
			problems.add(Problem.warning("plans.import.problem.scheduleMarked"));
		}
		AgencyNames.Resolution lead = names.resolve(line.lead());
		AgencyNames.Resolution support = names.resolve(line.support());
		agencyProblems(lead, problems);
		agencyProblems(support, problems);
		if (lead.agencies().isEmpty() && lead.unknown().isEmpty()) {
			problems.add(Problem.error("plans.import.problem.noLead"));
		}
		if (line.output().isEmpty()) {
			problems.add(Problem.error("plans.import.problem.noOutput"));
		}
		else if (line.output().length() > TITLE_MAX) {
			problems.add(Problem.error("plans.import.problem.tooLong", TITLE_MAX));
		}
		Set<Long> leadIds = ids(lead.agencies());
		// lead wins over support, as V2 seeded Plan 133
		Set<Long> supportIds = ids(support.agencies());
		supportIds.removeAll(leadIds);
		// the Procuracy, the Court, the Front and its unions are asked, not assigned
		Set<Long> requested = new LinkedHashSet<>();
		for (Agency agency : concat(lead.agencies(), support.agencies())) {
			if (agency.getKind() == AgencyKind.JUDICIAL || agency.getKind() == AgencyKind.FRONT_UNION) {
				requested.add(agency.getId());
			}
		}
		return new TaskRow(line.row(), stt, line.content(), line.lead(), line.support(), line.schedule(),
				(parsed != null) ? parsed.schedule() : null, parsed != null && parsed.provisional(), line.output(),
				leadIds, supportIds, requested, problems);
	}

	private static void agencyProblems(AgencyNames.Resolution resolution, List<Problem> problems) {
		for (AgencyNames.Unknown unknown : resolution.unknown()) {
			problems.add(new Problem(
					unknown.suggestions().isEmpty() ? "plans.import.problem.unknownAgency"
							: "plans.import.problem.unknownAgencySuggest",
					List.of(unknown.name(), String.join("; ", unknown.suggestions())), unknown.suggestions(), false));
		}
		for (String vague : resolution.vague()) {
			problems.add(Problem.warning("plans.import.problem.vagueAgency", vague));
		}
	}

	private static Set<Long> ids(Set<Agency> agencies) {
		Set<Long> ids = new LinkedHashSet<>();
		agencies.forEach((agency) -> ids.add(agency.getId()));
		return ids;
	}

	private static List<Agency> concat(Set<Agency> a, Set<Agency> b) {
		List<Agency> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
