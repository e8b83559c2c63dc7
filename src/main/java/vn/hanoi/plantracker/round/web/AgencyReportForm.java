package vn.hanoi.plantracker.round.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.round.ReportCommand;
import vn.hanoi.plantracker.round.RoundDossier;

/**
 * What an officer types in a round report: the five sections and a result per task.
 * Serializable: a refused form travels to the report's page as a flash attribute, in the
 * session.
 */
class AgencyReportForm extends SectionsForm {

	private static final long serialVersionUID = 1L;

	@Valid
	private List<LineForm> lines = new ArrayList<>();

	static AgencyReportForm of(RoundDossier.Part part) {
		AgencyReportForm form = new AgencyReportForm();
		form.fill(part.version(), part.sections());
		for (RoundDossier.Line line : part.lines()) {
			LineForm l = new LineForm();
			l.setAssignmentId(line.assignmentId());
			l.setResult(line.result());
			form.lines.add(l);
		}
		return form;
	}

	ReportCommand toCommand(long roundId, long agencyId) {
		Map<Long, String> typed = new LinkedHashMap<>();
		for (LineForm line : this.lines) {
			if (line.getAssignmentId() != null) {
				typed.put(line.getAssignmentId(), line.getResult());
			}
		}
		return new ReportCommand(roundId, agencyId, (getVersion() != null) ? getVersion() : -1, toSections(), typed);
	}

	/** The typed result of the table row for this assignment, if any. */
	public String resultOf(long assignmentId) {
		return this.lines.stream()
			.filter((l) -> l.getAssignmentId() != null && l.getAssignmentId() == assignmentId)
			.map(LineForm::getResult)
			.findFirst()
			.orElse("");
	}

	@Override
	@Size(max = 20000)
	public String getResults() {
		return super.getResults();
	}

	@Override
	@Size(max = 20000)
	public String getShortcomings() {
		return super.getShortcomings();
	}

	@Override
	@Size(max = 20000)
	public String getDifficulties() {
		return super.getDifficulties();
	}

	@Override
	@Size(max = 20000)
	public String getProposals() {
		return super.getProposals();
	}

	@Override
	@Size(max = 20000)
	public String getNextTasks() {
		return super.getNextTasks();
	}

	public List<LineForm> getLines() {
		return this.lines;
	}

	public void setLines(List<LineForm> lines) {
		this.lines = lines;
	}

	/** One task's result line. */
	public static class LineForm implements Serializable {

		private static final long serialVersionUID = 1L;

		private Long assignmentId;

		@Size(max = 2000)
		private String result = "";

		public Long getAssignmentId() {
			return this.assignmentId;
		}

		public void setAssignmentId(Long assignmentId) {
			this.assignmentId = assignmentId;
		}

		public String getResult() {
			return this.result;
		}

		public void setResult(String result) {
			this.result = result;
		}

	}

}
