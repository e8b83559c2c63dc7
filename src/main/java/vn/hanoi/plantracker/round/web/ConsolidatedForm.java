package vn.hanoi.plantracker.round.web;

import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.round.ConsolidatedReport;

/** The coordinator's edit of the consolidated text, at the version it was opened. */
class ConsolidatedForm extends SectionsForm {

	private static final long serialVersionUID = 1L;

	static ConsolidatedForm of(ConsolidatedReport report) {
		ConsolidatedForm form = new ConsolidatedForm();
		form.fill(report.version(), report.dossier().consolidated());
		return form;
	}

	@Override
	@Size(max = 100000)
	public String getResults() {
		return super.getResults();
	}

	@Override
	@Size(max = 100000)
	public String getShortcomings() {
		return super.getShortcomings();
	}

	@Override
	@Size(max = 100000)
	public String getDifficulties() {
		return super.getDifficulties();
	}

	@Override
	@Size(max = 100000)
	public String getProposals() {
		return super.getProposals();
	}

	@Override
	@Size(max = 100000)
	public String getNextTasks() {
		return super.getNextTasks();
	}

}
