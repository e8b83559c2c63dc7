package vn.hanoi.plantracker.round;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.hanoi.plantracker.assignment.CheckedUpload;
import vn.hanoi.plantracker.assignment.EvidenceRules;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * The files attached to an agency's report: checked by the same rules as assignment
 * evidence, attached only while the report may be edited.
 */
@Service
@Transactional
public class AgencyReportFiles {

	private final JdbcClient jdbc;

	private final RoundDossiers dossiers;

	private final EvidenceRules evidenceRules;

	private final Today today;

	private final AgencyReports reports;

	private final AgencyReportRows rows;

	AgencyReportFiles(JdbcClient jdbc, RoundDossiers dossiers, EvidenceRules evidenceRules, Today today,
			AgencyReports reports, AgencyReportRows rows) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.evidenceRules = evidenceRules;
		this.today = today;
		this.reports = reports;
		this.rows = rows;
	}

	/** Attaches files checked by the same rules as assignment evidence. */
	public List<EvidenceRules.Refusal> attach(PlanUser user, long roundId, long agencyId, List<MultipartFile> files) {
		RoundAccess.requireWriteReport(user, agencyId);
		this.reports.requireOpen(roundId);
		RoundDossier.Part part = this.dossiers.part(roundId, agencyId);
		if (!part.status().editable()) {
			throw new RoundWorkflowException("round.report.error.notEditable");
		}
		List<CheckedUpload> accepted = new ArrayList<>();
		List<EvidenceRules.Refusal> refusals = this.evidenceRules.check(files, accepted);
		if (!refusals.isEmpty() || accepted.isEmpty()) {
			return refusals;
		}
		if (part.attachments().size() + accepted.size() > 20) {
			return List.of(new EvidenceRules.Refusal("round.report.error.tooManyFiles", new Object[] { 20 }));
		}
		long reportId = this.rows.ensureReport(roundId, agencyId);
		for (CheckedUpload file : accepted) {
			this.jdbc.sql("""
					insert into agency_report_file (report_id, original_name, content_type, size_bytes, sha256, content,
					                                uploaded_by, uploaded_at)
					values (:report, :name, :type, :size, :sha, :content, :by, :now)""")
				.param("report", reportId)
				.param("name", file.name())
				.param("type", file.contentType())
				.param("size", file.content().length)
				.param("sha", file.sha256())
				.param("content", file.content())
				.param("by", user.getId())
				.param("now", Timestamp.from(this.today.now()))
				.update();
		}
		this.rows.history(reportId, user, "ATTACH",
				accepted.stream().map(CheckedUpload::name).collect(Collectors.joining(", ")));
		return List.of();
	}

	/** An attached file, by its position in the report's list (1-based). */
	@Transactional(readOnly = true)
	public ReportFile file(PlanUser user, long roundId, long agencyId, int number) {
		RoundAccess.requireReadReport(user, agencyId);
		return this.jdbc.sql("""
				select f.original_name, f.content_type, f.content from agency_report_file f
				join agency_report r on r.id = f.report_id
				where r.round_id = :round and r.agency_id = :agency
				order by f.id offset :skip limit 1""")
			.param("round", roundId)
			.param("agency", agencyId)
			.param("skip", Math.max(0, number - 1))
			.query((rs, n) -> new ReportFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.filter((f) -> number > 0)
			.orElseThrow(() -> new RoundNotFoundException("Report file", number));
	}

	/** A downloaded attachment. */
	public record ReportFile(String name, String contentType, byte[] content) {

	}

}
