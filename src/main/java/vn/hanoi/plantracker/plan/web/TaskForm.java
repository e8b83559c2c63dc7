package vn.hanoi.plantracker.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.plan.Task;
import vn.hanoi.plantracker.plan.TaskAgencyRow;
import vn.hanoi.plantracker.plan.TaskCommand;

/**
 * What the coordinator may set on a task (its schedule: {@link ScheduleFields}); the
 * task's id comes from the URL.
 */
class TaskForm extends ScheduleFields {

	private Long version = 0L;

	private Long areaId;

	/**
	 * In an amendment, a key area it adds (the id of that key area change) in place of
	 * one of the plan's: it has no key area id until the amendment is applied.
	 */
	private Long newAreaId;

	@NotBlank(message = "{taskEdit.codeRequired}")
	@Size(max = 20, message = "{taskEdit.codeSize}")
	private String code;

	@NotBlank(message = "{taskEdit.textRequired}")
	@Size(max = 1000, message = "{taskEdit.textSize}")
	private String titleVi;

	@NotBlank(message = "{taskEdit.textRequired}")
	@Size(max = 1000, message = "{taskEdit.textSize}")
	private String titleEn;

	@Size(max = 10000, message = "{taskEdit.textSize}")
	private String descriptionVi;

	@Size(max = 10000, message = "{taskEdit.textSize}")
	private String descriptionEn;

	@NotBlank(message = "{taskEdit.textRequired}")
	@Size(max = 1000, message = "{taskEdit.textSize}")
	private String outputVi;

	@NotBlank(message = "{taskEdit.textRequired}")
	@Size(max = 1000, message = "{taskEdit.textSize}")
	private String outputEn;

	private List<Long> leadAgencyIds = new ArrayList<>();

	private List<Long> supportAgencyIds = new ArrayList<>();

	private List<Long> requestedAgencyIds = new ArrayList<>();

	@Size(max = 2000, message = "{taskEdit.textSize}")
	private String reason;

	static TaskForm of(Task task, List<TaskAgencyRow> agencies) {
		TaskForm form = new TaskForm();
		form.version = task.getVersion();
		form.areaId = task.getKeyArea().getId();
		form.code = task.getCode();
		form.titleVi = task.getTitleVi();
		form.titleEn = task.getTitleEn();
		form.descriptionVi = task.getDescriptionVi();
		form.descriptionEn = task.getDescriptionEn();
		form.outputVi = task.getOutputVi();
		form.outputEn = task.getOutputEn();
		form.setSchedule(task.schedule(), !task.isProvisional());
		for (TaskAgencyRow row : agencies) {
			(row.role() == AgencyRole.LEAD ? form.leadAgencyIds : form.supportAgencyIds).add(row.agencyId());
			if (row.requested()) {
				form.requestedAgencyIds.add(row.agencyId());
			}
		}
		return form;
	}

	/** One key area chosen: one of the plan's, or, in an amendment, one it adds. */
	@AssertTrue(message = "{taskEdit.areaRequired}")
	public boolean isAreaChosen() {
		return this.areaId != null || this.newAreaId != null;
	}

	/** The command; without a key area of the plan, it names none (id 0). */
	TaskCommand toCommand() {
		return new TaskCommand((this.areaId != null) ? this.areaId : 0L, this.code, this.titleVi, this.titleEn,
				this.descriptionVi, this.descriptionEn, this.outputVi, this.outputEn, schedule(), isDeadlineConfirmed(),
				new LinkedHashSet<>(this.leadAgencyIds), new LinkedHashSet<>(this.supportAgencyIds),
				new LinkedHashSet<>(this.requestedAgencyIds), (this.version != null) ? this.version : 0L, this.reason);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Long getAreaId() {
		return this.areaId;
	}

	public void setAreaId(Long areaId) {
		this.areaId = areaId;
	}

	public Long getNewAreaId() {
		return this.newAreaId;
	}

	public void setNewAreaId(Long newAreaId) {
		this.newAreaId = newAreaId;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitleVi() {
		return this.titleVi;
	}

	public void setTitleVi(String titleVi) {
		this.titleVi = titleVi;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getDescriptionVi() {
		return this.descriptionVi;
	}

	public void setDescriptionVi(String descriptionVi) {
		this.descriptionVi = descriptionVi;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getOutputVi() {
		return this.outputVi;
	}

	public void setOutputVi(String outputVi) {
		this.outputVi = outputVi;
	}

	public String getOutputEn() {
		return this.outputEn;
	}

	public void setOutputEn(String outputEn) {
		this.outputEn = outputEn;
	}

	public List<Long> getLeadAgencyIds() {
		return this.leadAgencyIds;
	}

	public void setLeadAgencyIds(List<Long> leadAgencyIds) {
		this.leadAgencyIds = leadAgencyIds;
	}

	public List<Long> getSupportAgencyIds() {
		return this.supportAgencyIds;
	}

	public void setSupportAgencyIds(List<Long> supportAgencyIds) {
		this.supportAgencyIds = supportAgencyIds;
	}

	public List<Long> getRequestedAgencyIds() {
		return this.requestedAgencyIds;
	}

	public void setRequestedAgencyIds(List<Long> requestedAgencyIds) {
		this.requestedAgencyIds = requestedAgencyIds;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
