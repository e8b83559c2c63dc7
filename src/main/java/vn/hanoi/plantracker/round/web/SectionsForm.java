package vn.hanoi.plantracker.round.web;

import java.io.Serializable;

import jakarta.validation.constraints.NotNull;

import vn.hanoi.plantracker.round.Sections;

/**
 * The five texts of a report as typed, at the version they were opened. Each report form
 * adds its own size rule to the texts: an agency's report and the consolidated report are
 * kept to different lengths.
 */
abstract class SectionsForm implements Serializable {

	private static final long serialVersionUID = 1L;

	@NotNull
	private Long version;

	private String results = "";

	private String shortcomings = "";

	private String difficulties = "";

	private String proposals = "";

	private String nextTasks = "";

	void fill(long version, Sections sections) {
		this.version = version;
		this.results = sections.results();
		this.shortcomings = sections.shortcomings();
		this.difficulties = sections.difficulties();
		this.proposals = sections.proposals();
		this.nextTasks = sections.nextTasks();
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
