package vn.hanoi.plantracker.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.plan.AnnexPreview.Area;
import vn.hanoi.plantracker.plan.AnnexPreview.TaskRow;
import vn.hanoi.plantracker.plan.ImportDrafts.Draft;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.CoordinatorOrAdmin;

/**
 * A plan from its annex table (.xlsx or .docx, read into the same lines by
 * {@link AnnexFile#lines}, so every row is understood once, by {@link AnnexAnalysis}):
 * upload gives a preview and keeps the file under a token (one per user, for a day);
 * confirm reads the kept file again, with the cells corrected in the preview
 * ({@link AnnexCorrections}), and creates the plan, its key areas and its tasks in one
 * transaction, each task through {@link TaskEditing} as the task editor creates it, so
 * its agencies and assignments follow the same way. Administrators and coordinators
 * import plans.
 */
@Service
@Transactional
public class PlanImport {

	/** The largest annex file accepted, in megabytes. */
	public static final long MAX_FILE_MEGABYTES = AnnexFile.MAX_BYTES / (1024 * 1024);

	/** How the page writes a date in a message: 14/05/2025. */
	public static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy");

	private final PlanRepository plans;

	private final KeyAreaRepository areas;

	private final AgencyRepository agencies;

	private final TaskEditing editing;

	private final ImportDrafts drafts;

	private final Today today;

	private final PlanHeadings headings;

	PlanImport(PlanRepository plans, KeyAreaRepository areas, AgencyRepository agencies, TaskEditing editing,
			ImportDrafts drafts, Today today, PlanHeadings headings) {
		this.headings = headings;
		this.plans = plans;
		this.areas = areas;
		this.agencies = agencies;
		this.editing = editing;
		this.drafts = drafts;
		this.today = today;
	}

	/**
	 * Checks and reads the file, keeps it for the confirmation, and shows what it holds.
	 */
	@CoordinatorOrAdmin
	public AnnexPreview upload(PlanUser user, String fileName, byte[] content) {
		AnnexFile.check(fileName, content);
		String name = ImportDrafts.safeName(fileName);
		AnnexPreview preview = analyse(null, name, content, AnnexCorrections.NONE);
		UUID token = this.drafts.keep(user, name, content);
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
		return this.drafts.find(user, token)
			.map((draft) -> analyse(token, draft.fileName(), draft.content(), corrections));
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
		Draft draft = this.drafts.find(user, token).orElseThrow(() -> new PlanImportException("plans.import.expired"));
		AnnexPreview preview = analyse(token, draft.fileName(), draft.content(), corrections);
		if (preview.hasErrors()) {
			throw new PlanImportException("plans.import.hasErrors", preview.errorCount());
		}
		Plan plan = this.plans.save(new Plan(header, this.headings.check(user, header, null), this.today.now()));
		int ordinal = 0;
		for (Area area : preview.areas()) {
			KeyArea keyArea = this.areas.save(new KeyArea(plan, ++ordinal, area.title()));
			for (TaskRow task : area.tasks()) {
				String title = (task.content().length() <= AnnexAnalysis.TITLE_MAX) ? task.content()
						: task.content().substring(0, AnnexAnalysis.TITLE_MAX - 1).strip() + "…";
				String description = (task.content().length() <= AnnexAnalysis.TITLE_MAX) ? null : task.content();
				this.editing.createTask(user,
						new TaskCommand(keyArea.getId(), task.code(), title, title, description, description,
								task.output(), task.output(), task.schedule(), !task.scheduleInferred(), task.leadIds(),
								task.supportIds(), task.requestedIds(), 0L, null));
			}
		}
		this.drafts.forget(token);
		return plan.getId();
	}

	private AnnexPreview analyse(String token, String fileName, byte[] content, AnnexCorrections corrections) {
		return AnnexAnalysis.of(token, fileName, AnnexFile.lines(fileName, content), corrections,
				new AgencyNames(currentAgencies()));
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

}
