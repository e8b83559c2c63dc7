package vn.hanoi.plantracker.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.report.AssignmentLine;
import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.standing.Standing;
import vn.hanoi.plantracker.system.Today;

/**
 * The agencies' parts of a live {@link RoundDossier}: the agencies the round names, their
 * reports, results, files, and the task lines of the period from the report module's
 * as-of lines, in a constant number of statements.
 */
@Component
class RoundParts {

	private final JdbcClient jdbc;

	private final Reports reports;

	RoundParts(JdbcClient jdbc, Reports reports) {
		this.jdbc = jdbc;
		this.reports = reports;
	}

	/**
	 * Work the period covers: every assignment as of the day except those completed
	 * before the period began (reported in an earlier round). Work due later stays in the
	 * table as not yet due, so that the table equals the tracker's as-of figures.
	 */
	static boolean inPeriod(AssignmentLine line, LocalDate start, LocalDate end) {
		return line.completedOn() == null || !line.completedOn().isBefore(start);
	}

	/** The parts as of the day, of every agency the round names or of one. */
	List<RoundDossier.Part> of(RoundDossier.Heading round, LocalDate asOf, Long onlyAgency) {
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
		return parts;
	}

}
