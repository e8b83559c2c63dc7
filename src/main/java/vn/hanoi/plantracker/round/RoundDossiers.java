package vn.hanoi.plantracker.round;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.report.PlanHeading;
import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.Figures;
import vn.hanoi.plantracker.standing.Selection;
import vn.hanoi.plantracker.system.Today;

/**
 * Builds a round's {@link RoundDossier}: live from the report module's as-of lines (so
 * the task tables follow the one metric definition, {@link RoundParts}) and the round's
 * own tables, in a constant number of statements; or, for a closed round, from the
 * snapshot taken when it closed.
 */
@Component
@Transactional(readOnly = true)
class RoundDossiers {

	private final JdbcClient jdbc;

	private final Reports reports;

	private final JsonMapper json;

	private final Today today;

	private final Figures figures;

	private final RoundParts parts;

	RoundDossiers(JdbcClient jdbc, Reports reports, JsonMapper json, Today today, Figures figures, RoundParts parts) {
		this.jdbc = jdbc;
		this.parts = parts;
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

	private RoundDossier build(RoundDossier.Heading round, Long onlyAgency) {
		LocalDate asOf = asOf(round);
		List<RoundDossier.Part> parts = this.parts.of(round, asOf, onlyAgency);
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
