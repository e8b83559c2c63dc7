package vn.hanoi.plantracker.round;

import java.sql.Timestamp;
import java.util.List;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * The consolidated report: the coordinator generates a draft that quotes each agency's
 * sent report, section by section, each passage labelled with its agency; edits it (each
 * save a new revision, the earlier ones kept); leadership approves it. Once approved or
 * once the round is closed, its text no longer changes; once approved, neither do its
 * figures and tables: the report is built from the dossier kept at approval.
 */
@Service
@Transactional
public class ConsolidatedReports {

	/** SQL: the round's accepted agency reports, as agency:version in agency order. */
	private static final String ACCEPTED_BASIS = """
			select coalesce(string_agg(r.agency_id || ':' || r.version, ',' order by r.agency_id), '')
			from agency_report r where r.round_id = :id and r.status = 'ACCEPTED'""";

	private final JdbcClient jdbc;

	private final RoundDossiers dossiers;

	private final Today today;

	private final RoundDocuments documents;

	private final ApplicationEventPublisher events;

	private final RoundCoordinators coordinators;

	ConsolidatedReports(JdbcClient jdbc, RoundDossiers dossiers, RoundDocuments documents, Today today,
			ApplicationEventPublisher events, RoundCoordinators coordinators) {
		this.coordinators = coordinators;
		this.events = events;
		this.documents = documents;
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.today = today;
	}

	@Transactional(readOnly = true)
	public ConsolidatedReport view(PlanUser user, long roundId) {
		RoundAccess.requireOverview(user);
		// an approved report is the one leadership signed off, whatever changed since
		RoundDossier dossier = this.dossiers.approved(roundId).orElseGet(() -> this.dossiers.of(roundId));
		return this.jdbc.sql("""
				select c.version, c.approved_by_name, c.approved_at,
				       c.basis is distinct from (%s) and c.approved_at is null
				from consolidated_report c where c.round_id = :id""".formatted(ACCEPTED_BASIS))
			.param("id", roundId)
			.query((rs, n) -> new ConsolidatedReport(dossier, rs.getLong(1), rs.getString(2),
					(rs.getTimestamp(3) != null) ? rs.getTimestamp(3).toInstant() : null, rs.getBoolean(4)))
			.optional()
			.orElse(new ConsolidatedReport(dossier, -1, null, null, false));
	}

	@Transactional(readOnly = true)
	public byte[] document(PlanUser user, long roundId, java.util.Locale locale) {
		ConsolidatedReport report = view(user, roundId);
		if (!report.generated()) {
			throw new RoundNotFoundException("Consolidated report", roundId);
		}
		return this.documents.consolidated(report, locale);
	}

	/**
	 * A new revision quoting the accepted agency reports (a report the coordinator has
	 * not accepted, or has returned, is not the agency's word yet); required agencies
	 * first, then the invited bodies, in the round's order. The accepted reports it was
	 * made from are recorded, so that a later acceptance or return marks the draft
	 * outdated.
	 */
	public void generate(PlanUser user, long roundId) {
		this.coordinators.requireForRound(user, roundId);
		RoundDossier dossier = this.dossiers.live(roundId);
		requireEditable(dossier, roundId);
		List<RoundDossier.Part> sent = dossier.agencies()
			.stream()
			.filter((p) -> p.status() == ReportStatus.ACCEPTED)
			.sorted(java.util.Comparator.comparing((RoundDossier.Part p) -> !p.required()))
			.toList();
		Function<Section, String> quote = (section) -> String.join("\n",
				sent.stream()
					.filter((p) -> !p.sections().of(section).isBlank())
					.map((p) -> "- " + p.nameVi() + ": " + p.sections().of(section).replace("\n", " "))
					.toList());
		Sections draft = new Sections(quote.apply(Section.RESULTS), quote.apply(Section.SHORTCOMINGS),
				quote.apply(Section.DIFFICULTIES), quote.apply(Section.PROPOSALS), quote.apply(Section.NEXT_TASKS));
		this.jdbc.sql("""
				insert into consolidated_report (round_id, revision, basis) values (:id, 1, (%1$s))
				on conflict (round_id) do update set revision = consolidated_report.revision + 1,
				                                     version = consolidated_report.version + 1,
				                                     basis = (%1$s)""".formatted(ACCEPTED_BASIS))
			.param("id", roundId)
			.update();
		revision(user, roundId, draft);
		long revision = this.jdbc.sql("select revision from consolidated_report where round_id = :id")
			.param("id", roundId)
			.query(Long.class)
			.single();
		this.events.publishEvent(new ConsolidatedReportDrafted(roundId, dossier.round().titleVi(), revision));
	}

	/** The coordinator's edit, against the version the form was opened at. */
	public void save(PlanUser user, long roundId, long version, Sections text) {
		this.coordinators.requireForRound(user, roundId);
		requireEditable(this.dossiers.live(roundId), roundId);
		int changed = this.jdbc.sql("""
				update consolidated_report set revision = revision + 1, version = version + 1
				where round_id = :id and version = :version and approved_at is null""")
			.param("id", roundId)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleReportException("Consolidated report " + roundId);
		}
		revision(user, roundId, text);
	}

	/**
	 * Leadership approves the current revision; recorded with who and when, and with the
	 * dossier it was approved on, from which the approved report is built ever after. A
	 * draft made before an agency report was accepted or returned is refused: it must be
	 * generated again first.
	 */
	public void approve(PlanUser user, long roundId, long version) {
		RoundAccess.requireLeader(user);
		ConsolidatedReport report = view(user, roundId);
		this.coordinators.requireOpenPlan(report.dossier().round().planId());
		if (report.outdated()) {
			throw new RoundWorkflowException("round.consolidated.error.outdated");
		}
		int changed = this.jdbc.sql("""
				update consolidated_report set approved_by = :by, approved_by_name = :name, approved_at = :now,
				       version = version + 1
				where round_id = :id and version = :version and approved_at is null""")
			.param("by", user.getId())
			.param("name", user.getFullName())
			.param("now", Timestamp.from(this.today.now()))
			.param("id", roundId)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleReportException("Consolidated report " + roundId);
		}
		this.dossiers.keepApproved(report.dossier());
		String title = this.jdbc.sql("select title_vi from reporting_round where id = :id")
			.param("id", roundId)
			.query(String.class)
			.single();
		this.events.publishEvent(new ConsolidatedReportApproved(roundId, title, user.getFullName()));
	}

	private void requireEditable(RoundDossier dossier, long roundId) {
		if (!dossier.round().open() || this.dossiers.isFrozen(roundId)) {
			throw new RoundWorkflowException("round.error.closed");
		}
		boolean approved = this.jdbc
			.sql("select count(*) from consolidated_report where round_id = :id and approved_at is not null")
			.param("id", roundId)
			.query(Long.class)
			.single() > 0;
		if (approved) {
			throw new RoundWorkflowException("round.consolidated.error.approved");
		}
	}

	private void revision(PlanUser user, long roundId, Sections text) {
		this.jdbc.sql("""
				insert into consolidated_revision (round_id, revision, results, shortcomings, difficulties, proposals,
				                                   next_tasks, saved_by, saved_by_name, saved_at)
				select :id, c.revision, :results, :shortcomings, :difficulties, :proposals, :next, :by, :name, :now
				from consolidated_report c where c.round_id = :id""")
			.param("id", roundId)
			.param("results", text.results())
			.param("shortcomings", text.shortcomings())
			.param("difficulties", text.difficulties())
			.param("proposals", text.proposals())
			.param("next", text.nextTasks())
			.param("by", user.getId())
			.param("name", user.getFullName())
			.param("now", Timestamp.from(this.today.now()))
			.update();
	}

}
