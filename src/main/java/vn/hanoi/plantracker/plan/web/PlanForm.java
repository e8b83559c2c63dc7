package vn.hanoi.plantracker.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.plan.Plan;
import vn.hanoi.plantracker.plan.PlanHeaderCommand;

/**
 * A plan typed by hand: its heading ({@link PlanHeadingFields}), the plan it implements
 * (optional), its key areas one a line, and the version edited.
 */
class PlanForm extends PlanHeadingFields {

	private long version;

	private Long parentPlanId;

	@NotBlank(message = "{plans.form.areasRequired}")
	@Size(max = 30000, message = "{plans.import.size}")
	private String keyAreas;

	PlanHeaderCommand toCommand() {
		return heading(this.parentPlanId);
	}

	static PlanForm of(Plan plan, String keyAreas) {
		PlanForm form = new PlanForm();
		form.version = plan.getVersion();
		form.setHeading(plan);
		form.parentPlanId = plan.getParentPlanId();
		form.keyAreas = keyAreas;
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Long getParentPlanId() {
		return this.parentPlanId;
	}

	public void setParentPlanId(Long parentPlanId) {
		this.parentPlanId = parentPlanId;
	}

	public String getKeyAreas() {
		return this.keyAreas;
	}

	public void setKeyAreas(String keyAreas) {
		this.keyAreas = keyAreas;
	}

}
