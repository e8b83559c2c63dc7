package vn.hanoi.plantracker.round;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * An agency's report for a round: the officer saves drafts and submits; the coordinator
 * accepts or returns it with a reason. Every change checks the version the form was
 * opened at (a stale form saves nothing), the round being open, and the user's agency;
 * every change writes a history entry, in the same transaction.
 */
@Service
@Transactional
public class AgencyReports {

	private static final int MAX_SECTION = 20000;

	private final JdbcClient jdbc;

	private final RoundDossiers dossiers;

	private final ApplicationEventPublisher events;

	private final RoundDocuments documents;

	private final Today today;

	private final RoundCoordinators coordinators;

	private final AgencyReportRows rows;

	AgencyReports(JdbcClient jdbc, RoundDossiers dossiers, ApplicationEventPublisher events, RoundDocuments documents,
			Today today, RoundCoordinators coordinators, AgencyReportRows rows) {
		this.rows = rows;
		this.coordinators = coordinators;
		this.documents = documents;
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.events = events;
		this.today = today;
	}

	/** The report as its agency, the coordinator and leadership see it. */
	@Transactional(readOnly = true)
	public RoundDossier.Part view(PlanUser user, long roundId, long agencyId) {
		RoundAccess.requireReadReport(user, agencyId);
		return this.dossiers.part(roundId, agencyId);
	}

	/** The agency's report as a Decree 30/2020 Word document with its annex. */
	@Transactional(readOnly = true)
	public byte[] document(PlanUser user, long roundId, long agencyId, java.util.Locale locale) {
		RoundAccess.requireReadReport(user, agencyId);
		RoundDossier dossier = this.dossiers.forAgency(roundId, agencyId);
		RoundDossier.Part part = dossier.part(agencyId);
		if (part == null) {
			throw new RoundNotFoundException("Agency report", agencyId);
		}
		return this.documents.agencyReport(dossier, part, locale);
	}

	@Transactional(readOnly = true)
	public RoundDossier.Heading round(long roundId) {
		return this.dossiers.heading(roundId);
	}

	@Transactional(readOnly = true)
	public java.time.LocalDate asOf(RoundDossier.Heading round) {
		return this.dossiers.asOf(round);
	}

	public void save(PlanUser user, ReportCommand command) {
		write(user, command, false);
	}

	public void submit(PlanUser user, ReportCommand command) {
		requireSubmittable(command);
		write(user, command, true);
	}

	/**
	 * Refuses a report that cannot be sent as typed: "Results achieved" is required.
	 * Asked before the officer is asked to confirm empty task lines, so that they hear
	 * first what stops the report.
	 */
	public void requireSubmittable(ReportCommand command) {
		if (command.sections().results().isBlank()) {
			throw new RoundWorkflowException("round.report.error.resultsRequired");
		}
	}

	/**
	 * How many of the agency's task lines the report leaves without a result (a blank
	 * result is not kept: {@link #saveResults}); sending such a report is confirmed
	 * first.
	 */
	@Transactional(readOnly = true)
	public int emptyLines(PlanUser user, ReportCommand command) {
		RoundAccess.requireWriteReport(user, command.agencyId());
		return (int) this.dossiers.part(command.roundId(), command.agencyId())
			.lines()
			.stream()
			.map((line) -> command.results().get(line.assignmentId()))
			.filter((text) -> text == null || text.isBlank())
			.count();
	}

	private void write(PlanUser user, ReportCommand command, boolean submit) {
		RoundAccess.requireWriteReport(user, command.agencyId());
		requireOpen(command.roundId());
		RoundDossier.Part part = this.dossiers.part(command.roundId(), command.agencyId());
		if (!part.status().editable()) {
			throw new RoundWorkflowException("round.report.error.notEditable");
		}
		Sections s = command.sections();
		for (Section section : Section.values()) {
			if (s.of(section).length() > MAX_SECTION) {
				throw new RoundWorkflowException("round.report.error.tooLong");
			}
		}
		long reportId = this.rows.ensureReport(command.roundId(), command.agencyId());
		int changed = this.jdbc.sql("""
				update agency_report set results = :results, shortcomings = :shortcomings,
				       difficulties = :difficulties, proposals = :proposals, next_tasks = :next,
				       status = case when :submit then 'SUBMITTED' else 'DRAFT' end,
				       submitted_at = case when :submit then :now else submitted_at end,
				       updated_at = :now, version = version + 1
				where id = :id and version = :version and status in ('DRAFT', 'RETURNED')""")
			.param("results", s.results())
			.param("shortcomings", s.shortcomings())
			.param("difficulties", s.difficulties())
			.param("proposals", s.proposals())
			.param("next", s.nextTasks())
			.param("submit", submit)
			.param("now", Timestamp.from(this.today.now()))
			.param("id", reportId)
			.param("version", command.version())
			.update();
		if (changed == 0) {
			throw new StaleReportException("Agency report " + reportId);
		}
		saveResults(reportId, part, command.results());
		this.rows.history(reportId, user, submit ? "SUBMIT" : "SAVE", null);
		if (submit) {
			this.events.publishEvent(new AgencyReportSubmitted(command.roundId(), command.agencyId(),
					this.dossiers.heading(command.roundId()).titleVi(), part.nameVi()));
		}
	}

	/** Result lines only for the agency's own assignments in the table; blank ones go. */
	private void saveResults(long reportId, RoundDossier.Part part, Map<Long, String> typed) {
		Set<Long> own = part.lines().stream().map(RoundDossier.Line::assignmentId).collect(Collectors.toSet());
		List<Long> ids = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		typed.forEach((id, text) -> {
			if (own.contains(id) && text != null && !text.isBlank()) {
				ids.add(id);
				texts.add(text.strip().substring(0, Math.min(text.strip().length(), 2000)));
			}
		});
		this.jdbc.sql("delete from agency_report_line where report_id = :id").param("id", reportId).update();
		this.jdbc.sql("""
				insert into agency_report_line (report_id, assignment_id, result)
				select :id, l.a, l.r from unnest(cast(:ids as bigint[]), cast(:texts as text[])) as l (a, r)""")
			.param("id", reportId)
			.param("ids", ids.toArray(new Long[0]))
			.param("texts", texts.toArray(new String[0]))
			.update();
	}

	/** The coordinator sends the report back; the reason is required. */
	public void returnReport(PlanUser user, long roundId, long agencyId, long version, String reason) {
		this.coordinators.requireForRound(user, roundId);
		if (reason == null || reason.isBlank()) {
			throw new RoundWorkflowException("round.report.error.reasonRequired");
		}
		RoundDossier.Heading round = decide(user, roundId, agencyId, version, "RETURNED", "RETURN", reason.strip());
		this.events.publishEvent(new AgencyReportReturned(roundId, agencyId, round.titleVi(), reason.strip()));
	}

	public void accept(PlanUser user, long roundId, long agencyId, long version) {
		this.coordinators.requireForRound(user, roundId);
		RoundDossier.Heading round = decide(user, roundId, agencyId, version, "ACCEPTED", "ACCEPT", null);
		this.events.publishEvent(new AgencyReportAccepted(roundId, agencyId, round.titleVi()));
	}

	private RoundDossier.Heading decide(PlanUser user, long roundId, long agencyId, long version, String status,
			String action, String note) {
		RoundDossier.Heading round = requireOpen(roundId);
		Long reportId = this.rows.reportId(roundId, agencyId);
		if (reportId == null) {
			throw new RoundNotFoundException("Agency report", agencyId);
		}
		String current = this.jdbc.sql("select status from agency_report where id = :id")
			.param("id", reportId)
			.query(String.class)
			.single();
		if (!"SUBMITTED".equals(current)) {
			throw new RoundWorkflowException("round.report.error.notSubmitted");
		}
		int changed = this.jdbc.sql("""
				update agency_report set status = :status, decided_at = :now, updated_at = :now, version = version + 1
				where id = :id and version = :version and status = 'SUBMITTED'""")
			.param("status", status)
			.param("now", Timestamp.from(this.today.now()))
			.param("id", reportId)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleReportException("Agency report " + reportId);
		}
		this.rows.history(reportId, user, action, note);
		return round;
	}

	@Transactional(readOnly = true)
	public List<ReportEvent> history(PlanUser user, long roundId, long agencyId) {
		RoundAccess.requireReadReport(user, agencyId);
		return this.rows.events(roundId, agencyId);
	}

	RoundDossier.Heading requireOpen(long roundId) {
		RoundDossier.Heading round = this.dossiers.heading(roundId);
		this.coordinators.requireOpenPlan(round.planId());
		if (!round.open()) {
			throw new RoundWorkflowException("round.error.closed");
		}
		return round;
	}

}
