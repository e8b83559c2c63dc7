package vn.hanoi.plantracker.round.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.round.ConsolidatedReport;
import vn.hanoi.plantracker.round.Sections;

/** The coordinator's edit of the consolidated text, at the version it was opened. */
public class ConsolidatedForm {

	@NotNull
	private Long version;

	@Size(max = 100000)
	private String results = "";

	@Size(max = 100000)
	private String shortcomings = "";

	@Size(max = 100000)
	private String difficulties = "";

	@Size(max = 100000)
	private String proposals = "";

	@Size(max = 100000)
	private String nextTasks = "";

	static ConsolidatedForm of(ConsolidatedReport report) {
		ConsolidatedForm form = new ConsolidatedForm();
		form.version = report.version();
		Sections s = report.dossier().consolidated();
		form.results = s.results();
		form.shortcomings = s.shortcomings();
		form.difficulties = s.difficulties();
		form.proposals = s.proposals();
		form.nextTasks = s.nextTasks();
		return form;
	}

	Sections toSections() {
		return new Sections(this.results, this.shortcomings, this.difficulties, this.proposals, this.nextTasks);
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

}
