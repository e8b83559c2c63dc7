package vn.hanoi.plantracker.round.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.round.ReportCommand;
import vn.hanoi.plantracker.round.RoundDossier;
import vn.hanoi.plantracker.round.Sections;

/**
 * What an officer types in a round report: the five sections and a result per task.
 * Serializable: a refused form travels to the report's page as a flash attribute, in the
 * session.
 */
public class AgencyReportForm implements Serializable {

	private static final long serialVersionUID = 1L;

	@NotNull
	private Long version;

	@Size(max = 20000)
	private String results = "";

	@Size(max = 20000)
	private String shortcomings = "";

	@Size(max = 20000)
	private String difficulties = "";

	@Size(max = 20000)
	private String proposals = "";

	@Size(max = 20000)
	private String nextTasks = "";

	@Valid
	private List<LineForm> lines = new ArrayList<>();

	static AgencyReportForm of(RoundDossier.Part part) {
		AgencyReportForm form = new AgencyReportForm();
		form.version = part.version();
		Sections s = part.sections();
		form.results = s.results();
		form.shortcomings = s.shortcomings();
		form.difficulties = s.difficulties();
		form.proposals = s.proposals();
		form.nextTasks = s.nextTasks();
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
		return new ReportCommand(roundId, agencyId, (this.version != null) ? this.version : -1,
				new Sections(this.results, this.shortcomings, this.difficulties, this.proposals, this.nextTasks),
				typed);
	}

	/** The typed result of the table row for this assignment, if any. */
	public String resultOf(long assignmentId) {
		return this.lines.stream()
			.filter((l) -> l.getAssignmentId() != null && l.getAssignmentId() == assignmentId)
			.map(LineForm::getResult)
			.findFirst()
			.orElse("");
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getResults() {
		return this.results;
	}

	public void setResults(String results) {
		this.results = results;
	}

	public String getShortcomings() {
		return this.shortcomings;
	}

	public void setShortcomings(String shortcomings) {
		this.shortcomings = shortcomings;
	}

	public String getDifficulties() {
		return this.difficulties;
	}

	public void setDifficulties(String difficulties) {
		this.difficulties = difficulties;
	}

	public String getProposals() {
		return this.proposals;
	}

	public void setProposals(String proposals) {
		this.proposals = proposals;
	}

	public String getNextTasks() {
		return this.nextTasks;
	}

	public void setNextTasks(String nextTasks) {
		this.nextTasks = nextTasks;
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
