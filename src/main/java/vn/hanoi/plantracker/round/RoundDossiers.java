package vn.hanoi.plantracker.round;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.report.AssignmentLine;
import vn.hanoi.plantracker.report.PlanHeading;
import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.Figures;
import vn.hanoi.plantracker.standing.Selection;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.standing.Standing;

/**
 * Builds a round's {@link RoundDossier}: live from the report module's as-of lines (so
 * the task tables follow the one metric definition) and the round's own tables, in a
 * constant number of statements; or, for a closed round, from the snapshot taken when it
 * closed.
 */
@Component
@Transactional(readOnly = true)
class RoundDossiers {

	private final JdbcClient jdbc;

	private final Reports reports;

	private final JsonMapper json;

	private final Today today;

	private final Figures figures;

	RoundDossiers(JdbcClient jdbc, Reports reports, JsonMapper json, Today today, Figures figures) {
		this.jdbc = jdbc;
		this.figures = figures;
		this.reports = reports;
		this.json = json;
		this.today = today;
	}

	/** The dossier as the documents use it: frozen if the round is closed. */
	RoundDossier of(long roundId) {
		return this.jdbc.sql("select content::text from round_snapshot where round_id = :id")
			.param("id", roundId)
			.query(String.class)
			.optional()
			.map((text) -> this.json.readValue(text, RoundDossier.class))
			.orElseGet(() -> live(roundId));
	}

	/** One agency's part, frozen if the round is closed. */
	RoundDossier.Part part(long roundId, long agencyId) {
		RoundDossier.Part part = forAgency(roundId, agencyId).part(agencyId);
		if (part == null) {
			throw new RoundNotFoundException("Agency report", agencyId);
		}
		return part;
	}

	/** The dossier with only this agency's part (the whole one if frozen). */
	RoundDossier forAgency(long roundId, long agencyId) {
		return isFrozen(roundId) ? of(roundId) : build(heading(roundId), agencyId);
	}

	RoundDossier live(long roundId) {
		return build(heading(roundId), null);
	}

	@Transactional
	void freeze(RoundDossier dossier) {
		RoundDossier frozen = dossier.withStatus(RoundStatus.CLOSED);
		this.jdbc
			.sql("insert into round_snapshot (round_id, taken_at, content) values (:id, :now, cast(:json as jsonb))")
			.param("id", frozen.round().id())
			.param("now", Timestamp.from(this.today.now()))
			.param("json", this.json.writeValueAsString(frozen))
			.update();
	}

	/**
	 * Keeps the dossier leadership approved the consolidated report on: the approved
	 * report is built from it afterwards ({@link #approved}).
	 */
	@Transactional
	void keepApproved(RoundDossier dossier) {
		this.jdbc.sql("""
				insert into consolidated_approved_snapshot (round_id, taken_at, content)
				values (:id, :now, cast(:json as jsonb))""")
			.param("id", dossier.round().id())
			.param("now", Timestamp.from(this.today.now()))
			.param("json", this.json.writeValueAsString(dossier))
			.update();
	}

	/**
	 * The dossier the consolidated report was approved on, with the round's status as it
	 * is now (the status is not part of the report); empty before approval, and for a
	 * report approved before the dossier was kept (V191).
	 */
	Optional<RoundDossier> approved(long roundId) {
		return this.jdbc.sql("""
				select s.content::text, r.status from consolidated_approved_snapshot s
				join reporting_round r on r.id = s.round_id where s.round_id = :id""")
			.param("id", roundId)
			.query((rs, n) -> this.json.readValue(rs.getString(1), RoundDossier.class)
				.withStatus(RoundStatus.valueOf(rs.getString(2))))
			.optional();
	}

	boolean isFrozen(long roundId) {
		return this.jdbc.sql("select count(*) from round_snapshot where round_id = :id")
			.param("id", roundId)
			.query(Long.class)
			.single() > 0;
	}

	RoundDossier.Heading heading(long roundId) {
		RoundDossier.Heading bare = this.jdbc.sql("""
				select id, plan_id, kind, year, title_vi, title_en, period_start, period_end, cutoff_on, due_on, status
				from reporting_round where id = :id""")
			.param("id", roundId)
			.query((rs, n) -> new RoundDossier.Heading(rs.getLong("id"), rs.getLong("plan_id"), null, null, null, null,
					RoundKind.valueOf(rs.getString("kind")), rs.getInt("year"), rs.getString("title_vi"),
					rs.getString("title_en"), rs.getObject("period_start", LocalDate.class),
					rs.getObject("period_end", LocalDate.class), rs.getObject("cutoff_on", LocalDate.class),
					rs.getObject("due_on", LocalDate.class), RoundStatus.valueOf(rs.getString("status"))))
			.optional()
			.orElseThrow(() -> new RoundNotFoundException("Round", roundId));
		PlanHeading plan = this.reports.plan(new ReportFilter(bare.planId(), null, null, bare.cutoffOn()));
		return new RoundDossier.Heading(bare.id(), bare.planId(), plan.number(), plan.issuedOn(), plan.titleVi(),
				plan.titleEn(), bare.kind(), bare.year(), bare.titleVi(), bare.titleEn(), bare.periodStart(),
				bare.periodEnd(), bare.cutoffOn(), bare.dueOn(), bare.status());
	}

	/**
	 * The day the figures are taken: the cut-off day, or today while it has not come (a
	 * table prefilled as of a future day would count work as overdue before it is).
	 */
	LocalDate asOf(RoundDossier.Heading round) {
		LocalDate today = this.today.date();
		return round.cutoffOn().isBefore(today) ? round.cutoffOn() : today;
	}

	/**
	 * Work the period covers: every assignment as of the day except those completed
	 * before the period began (reported in an earlier round). Work due later stays in the
	 * table as not yet due, so that the table equals the tracker's as-of figures.
	 */
	static boolean inPeriod(AssignmentLine line, LocalDate start, LocalDate end) {
		return line.completedOn() == null || !line.completedOn().isBefore(start);
	}

	private RoundDossier build(RoundDossier.Heading round, Long onlyAgency) {
		LocalDate asOf = asOf(round);
		record Named(long agencyId, String code, String nameVi, String nameEn, boolean required, String superiorVi,
				String superiorEn, String issuerVi, String issuerEn, RoundDossier.Signer signer) {
		}
		List<Named> named = this.jdbc.sql("""
				select agency_id, code, name_vi, name_en, required, superior_vi, superior_en,
				       coalesce(issuer_vi, name_vi), coalesce(issuer_en, name_en),
				       signer_authority_vi, signer_authority_en, signer_title_vi, signer_title_en
				from round_agency
				where round_id = :round and (cast(:agency as bigint) is null or agency_id = cast(:agency as bigint))
				order by position""")
			.param("round", round.id())
			.param("agency", onlyAgency, java.sql.Types.BIGINT)
			.query((rs, n) -> new Named(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					new RoundDossier.Signer(rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13))))
			.list();
		record Stored(long id, ReportStatus status, long version, Instant submittedAt, Sections sections) {
		}
		Map<Long, Stored> stored = new HashMap<>();
		this.jdbc.sql("""
				select id, agency_id, status, version, submitted_at, results, shortcomings, difficulties, proposals,
				       next_tasks
				from agency_report
				where round_id = :round and (cast(:agency as bigint) is null or agency_id = cast(:agency as bigint))""")
			.param("round", round.id())
			.param("agency", onlyAgency, java.sql.Types.BIGINT)
			.query((rs, n) -> Map.entry(rs.getLong("agency_id"),
					new Stored(rs.getLong("id"), ReportStatus.valueOf(rs.getString("status")), rs.getLong("version"),
							(rs.getTimestamp("submitted_at") != null) ? rs.getTimestamp("submitted_at").toInstant()
									: null,
							Sections.read(rs))))
			.list()
			.forEach((e) -> stored.put(e.getKey(), e.getValue()));
		Map<Long, Map<Long, String>> results = new HashMap<>();
		Map<Long, List<String>> files = new HashMap<>();
		this.jdbc
			.sql("""
					select r.agency_id, l.assignment_id, l.result from agency_report_line l
					join agency_report r on r.id = l.report_id
					where r.round_id = :round and (cast(:agency as bigint) is null or r.agency_id = cast(:agency as bigint))""")
			.param("round", round.id())
			.param("agency", onlyAgency, java.sql.Types.BIGINT)
			.query((rs) -> {
				results.computeIfAbsent(rs.getLong(1), (k) -> new HashMap<>()).put(rs.getLong(2), rs.getString(3));
			});
		this.jdbc.sql("""
				select r.agency_id, f.original_name from agency_report_file f
				join agency_report r on r.id = f.report_id
				where r.round_id = :round and (cast(:agency as bigint) is null or r.agency_id = cast(:agency as bigint))
				order by f.id""")
			.param("round", round.id())
			.param("agency", onlyAgency, java.sql.Types.BIGINT)
			.query((rs) -> {
				files.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, List<RoundDossier.Line>> lines = new HashMap<>();
		for (AssignmentLine line : this.reports.lines(new ReportFilter(round.planId(), null, null, asOf), onlyAgency)) {
			if (inPeriod(line, round.periodStart(), round.periodEnd())) {
				String result = results.getOrDefault(line.agencyId(), Map.of()).getOrDefault(line.id(), "");
				lines.computeIfAbsent(line.agencyId(), (k) -> new ArrayList<>())
					.add(new RoundDossier.Line(line.id(), line.taskCode(), line.taskVi(), line.taskEn(),
							line.role().name(), line.dueDate(), Standing.of(line.metric()), line.percent(),
							line.completedOn(), result));
			}
		}
		List<RoundDossier.Part> parts = new ArrayList<>();
		for (Named agency : named) {
			Stored report = stored.get(agency.agencyId());
			List<RoundDossier.Line> own = lines.getOrDefault(agency.agencyId(), List.of());
			Instant submittedAt = (report != null) ? report.submittedAt() : null;
			boolean onTime = submittedAt != null
					&& !submittedAt.atZone(Today.ZONE).toLocalDate().isAfter(round.dueOn());
			parts.add(new RoundDossier.Part(agency.agencyId(), agency.code(), agency.nameVi(), agency.nameEn(),
					agency.required(), (report != null) ? report.status() : ReportStatus.MISSING,
					(report != null) ? report.version() : 0, submittedAt, onTime,
					(report != null) ? report.sections() : Sections.EMPTY, own,
					files.getOrDefault(agency.agencyId(), List.of()), agency.superiorVi(), agency.superiorEn(),
					agency.issuerVi(), agency.issuerEn(), agency.signer()));
		}
		record Text(int revision, Sections sections) {
		}
		Text text = (onlyAgency != null) ? new Text(0, Sections.EMPTY)
				: this.jdbc.sql("""
						select c.revision, v.results, v.shortcomings, v.difficulties, v.proposals, v.next_tasks
						from consolidated_report c
						join consolidated_revision v on v.round_id = c.round_id and v.revision = c.revision
						where c.round_id = :round""")
					.param("round", round.id())
					.query((rs, n) -> new Text(rs.getInt(1), Sections.read(rs)))
					.optional()
					.orElse(new Text(0, Sections.EMPTY));
		// the figures are the owner's as of the day, for the whole plan: the same numbers
		// as
		// the summary as of that day, whichever agencies the round names
		Figures.Totals totals = (onlyAgency != null) ? new Figures.Totals(Counts.NONE, Counts.NONE)
				: this.figures.totals(Selection.of(round.planId(), asOf));
		return new RoundDossier(round, asOf, RoundDossier.Figures.of(totals.city()),
				RoundDossier.Figures.of(totals.requested()), parts, text.sections(), text.revision());
	}

}
