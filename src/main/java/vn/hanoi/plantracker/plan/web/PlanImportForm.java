package vn.hanoi.plantracker.plan.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.plan.AnnexCorrections;
import vn.hanoi.plantracker.plan.PlanHeaderCommand;

/**
 * The plan's heading as typed on the import page ({@link PlanHeadingFields}), and the
 * token of the file kept for the confirmation; the annex's rows come from the file.
 */
class PlanImportForm extends PlanHeadingFields {

	private String token;

	/**
	 * The cells corrected in the preview, by the file's row: posted with every preview
	 * and confirmation of the kept file, saved with nothing until the plan is created.
	 */
	private Map<Integer, @Size(max = 1000, message = "{plans.import.size}") String> lead = new HashMap<>();

	private Map<Integer, @Size(max = 1000, message = "{plans.import.size}") String> support = new HashMap<>();

	private Map<Integer, @Size(max = 1000, message = "{plans.import.size}") String> schedule = new HashMap<>();

	AnnexCorrections toCorrections() {
		return new AnnexCorrections(this.lead, this.support, this.schedule);
	}

	/** A new file: the corrections were of the rows of the one before. */
	void forgetCorrections() {
		this.lead.clear();
		this.support.clear();
		this.schedule.clear();
	}

	public Map<Integer, String> getLead() {
		return this.lead;
	}

	public void setLead(Map<Integer, String> lead) {
		this.lead = lead;
	}

	public Map<Integer, String> getSupport() {
		return this.support;
	}

	public void setSupport(Map<Integer, String> support) {
		this.support = support;
	}

	public Map<Integer, String> getSchedule() {
		return this.schedule;
	}

	public void setSchedule(Map<Integer, String> schedule) {
		this.schedule = schedule;
	}

	PlanHeaderCommand toCommand() {
		return heading(null);
	}

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
	}

}
