package vn.hanoi.plantracker.plan;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.plan.AnnexPreview.Area;
import vn.hanoi.plantracker.plan.AnnexPreview.Problem;
import vn.hanoi.plantracker.plan.AnnexPreview.TaskRow;
import vn.hanoi.plantracker.plan.AnnexSheet.Line;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.CoordinatorOrAdmin;

/**
 * A plan from its annex table (.xlsx or .docx, read into the same lines by
 * {@link AnnexFile#lines}, so every row is understood here, once): upload gives a preview
 * and keeps the file under a token (one per user, for a day); confirm reads the kept file
 * again, with the cells corrected in the preview ({@link AnnexCorrections}), and creates
 * the plan, its key areas and its tasks in one transaction, each task through
 * {@link TaskEditing} as the task editor creates it, so its agencies and assignments
 * follow the same way. Administrators and coordinators import plans.
 */
@Service
@Transactional
public class PlanImport {

	/** The largest annex file accepted, in megabytes. */
	public static final long MAX_FILE_MEGABYTES = AnnexFile.MAX_BYTES / (1024 * 1024);

	private static final Duration DRAFT_LIFETIME = Duration.ofDays(1);

	private static final Pattern AREA_NUMBER = Pattern
		.compile("(?=[IVXLC])(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|[A-Z]");

	private static final Pattern AREA_IN_ONE_CELL = Pattern
		.compile("((?=[IVXLC])(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\\s*[.):]\\s*(\\S.*)", Pattern.DOTALL);

	private static final Pattern TASK_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*");

	/** How the page writes a date in a message: 14/05/2025. */
	public static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy");

	private static final int TITLE_MAX = 1000;

	private static final int TEXT_MAX = 10_000;

	private static final int AREA_TITLE_MAX = 500;

	private final PlanRepository plans;

	private final KeyAreaRepository areas;

	private final AgencyRepository agencies;

	private final TaskEditing editing;

	private final JdbcClient jdbc;

	private final Today today;

	private final PlanHeadings headings;

	PlanImport(PlanRepository plans, KeyAreaRepository areas, AgencyRepository agencies, TaskEditing editing,
			JdbcClient jdbc, Today today, PlanHeadings headings) {
		this.headings = headings;
		this.plans = plans;
		this.areas = areas;
		this.agencies = agencies;
		this.editing = editing;
		this.jdbc = jdbc;
		this.today = today;
	}

	/**
	 * Checks and reads the file, keeps it for the confirmation, and shows what it holds.
	 */
	@CoordinatorOrAdmin
	public AnnexPreview upload(PlanUser user, String fileName, byte[] content) {
		AnnexFile.check(fileName, content);
		String name = safeName(fileName);
		AnnexPreview preview = analyse(null, name, content, AnnexCorrections.NONE);
		UUID token = UUID.randomUUID();
		this.jdbc.sql("delete from plan_import_draft where author_id = :author or created_at < :expired")
			.param("author", user.getId())
			.param("expired", Timestamp.from(this.today.now().minus(DRAFT_LIFETIME)))
			.update();
		this.jdbc.sql("""
				insert into plan_import_draft (token, author_id, created_at, file_name, content)
				values (:token, :author, :at, :name, :content)""")
			.param("token", token)
			.param("author", user.getId())
			.param("at", Timestamp.from(this.today.now()))
			.param("name", name)
			.param("content", content)
			.update();
		return new AnnexPreview(token.toString(), name, preview.areas(), preview.problems());
	}

	/** The preview of the user's kept file, if it is still kept. */
	@CoordinatorOrAdmin
	@Transactional(readOnly = true)
	public Optional<AnnexPreview> reopen(PlanUser user, String token) {
		return reopen(user, token, AnnexCorrections.NONE);
	}

	/**
	 * The preview of the user's kept file read with the cells the user corrected in the
	 * preview, if the file is still kept: nothing is saved.
	 */
	@CoordinatorOrAdmin
	@Transactional(readOnly = true)
	public Optional<AnnexPreview> reopen(PlanUser user, String token, AnnexCorrections corrections) {
		return draft(user, token).map((draft) -> analyse(token, draft.fileName(), draft.content(), corrections));
	}

	/** Why the heading cannot make a plan: a message key with its arguments, or empty. */
	@CoordinatorOrAdmin
	@Transactional(readOnly = true)
	public Optional<PlanEditException> headingProblem(PlanUser user, PlanHeaderCommand header) {
		try {
			this.headings.check(user, header, null);
			return Optional.empty();
		}
		catch (PlanEditException ex) {
			return Optional.of(ex);
		}
	}

	/**
	 * Creates the plan of the kept file; returns its id. Refused (nothing saved) when the
	 * file is no longer kept, the annex has errors or the heading is not valid.
	 */
	@CoordinatorOrAdmin
	public long confirm(PlanUser user, String token, PlanHeaderCommand header, AnnexCorrections corrections) {
		Draft draft = draft(user, token).orElseThrow(() -> new PlanImportException("plans.import.expired"));
		AnnexPreview preview = analyse(token, draft.fileName(), draft.content(), corrections);
		if (preview.hasErrors()) {
			throw new PlanImportException("plans.import.hasErrors", preview.errorCount());
		}
		Plan plan = this.plans.save(new Plan(header, this.headings.check(user, header, null), this.today.now()));
		int ordinal = 0;
		for (Area area : preview.areas()) {
			KeyArea keyArea = this.areas.save(new KeyArea(plan, ++ordinal, area.title()));
			for (TaskRow task : area.tasks()) {
				String title = (task.content().length() <= TITLE_MAX) ? task.content()
						: task.content().substring(0, TITLE_MAX - 1).strip() + "…";
				String description = (task.content().length() <= TITLE_MAX) ? null : task.content();
				this.editing.createTask(user,
						new TaskCommand(keyArea.getId(), task.code(), title, title, description, description,
								task.output(), task.output(), task.schedule(), !task.scheduleInferred(), task.leadIds(),
								task.supportIds(), task.requestedIds(), 0L, null));
			}
		}
		this.jdbc.sql("delete from plan_import_draft where token = :token")
			.param("token", UUID.fromString(token))
			.update();
		return plan.getId();
	}

	/** Agencies that have not ended: the ones a new plan can name. */
	@Transactional(readOnly = true)
	public List<Agency> currentAgencies() {
		LocalDate date = this.today.date();
		return this.agencies.findAllByOrderBySortOrderAscNameViAsc()
			.stream()
			.filter((agency) -> PlanHeadings.isCurrent(agency, date))
			.toList();
	}

	private AnnexPreview analyse(String token, String fileName, byte[] content, AnnexCorrections corrections) {
		List<Line> lines = AnnexFile.lines(fileName, content);
		AgencyNames names = new AgencyNames(currentAgencies());
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

	private Optional<Draft> draft(PlanUser user, String token) {
		UUID id;
		try {
			id = UUID.fromString((token != null) ? token : "");
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select file_name, content from plan_import_draft
				where token = :token and author_id = :author and created_at >= :expired""")
			.param("token", id)
			.param("author", user.getId())
			.param("expired", Timestamp.from(this.today.now().minus(DRAFT_LIFETIME)))
			.query((rs, n) -> new Draft(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	private static String safeName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
			.replaceAll("[\\p{Cntrl}<>:\"|?*\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
			.strip();
		return name.isEmpty() ? "annex.xlsx" : name.substring(0, Math.min(name.length(), 200));
	}

	private record Draft(String fileName, byte[] content) {

	}

}
