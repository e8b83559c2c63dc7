package vn.hanoi.plantracker.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.plan.Schedule;
import vn.hanoi.plantracker.plan.ScheduleKind;
import vn.hanoi.plantracker.plan.Task;
import vn.hanoi.plantracker.plan.TaskAgencyRow;
import vn.hanoi.plantracker.plan.TaskCommand;

/** What the coordinator may set on a task; the task's id comes from the URL. */
class TaskForm {

	private Long version = 0L;

	@NotNull(message = "{taskEdit.areaRequired}")
	private Long areaId;

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

	@NotNull(message = "{taskEdit.kindRequired}")
	private ScheduleKind scheduleKind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	private Integer dueMonth;

	private Integer dueDay;

	private boolean deadlineConfirmed;

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
		Schedule schedule = task.schedule();
		form.scheduleKind = schedule.kind();
		form.dueDate = schedule.dueDate();
		form.dueMonth = schedule.dueMonth();
		form.dueDay = schedule.dueDay();
		form.deadlineConfirmed = !task.isProvisional();
		for (TaskAgencyRow row : agencies) {
			(row.role() == AgencyRole.LEAD ? form.leadAgencyIds : form.supportAgencyIds).add(row.agencyId());
			if (row.requested()) {
				form.requestedAgencyIds.add(row.agencyId());
			}
		}
		return form;
	}

	TaskCommand toCommand() {
		return new TaskCommand(this.areaId, this.code, this.titleVi, this.titleEn, this.descriptionVi,
				this.descriptionEn, this.outputVi, this.outputEn,
				new Schedule(this.scheduleKind, this.dueDate, this.dueMonth, this.dueDay), this.deadlineConfirmed,
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

	public ScheduleKind getScheduleKind() {
		return this.scheduleKind;
	}

	public void setScheduleKind(ScheduleKind scheduleKind) {
		this.scheduleKind = scheduleKind;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public Integer getDueMonth() {
		return this.dueMonth;
	}

	public void setDueMonth(Integer dueMonth) {
		this.dueMonth = dueMonth;
	}

	public Integer getDueDay() {
		return this.dueDay;
	}

	public void setDueDay(Integer dueDay) {
		this.dueDay = dueDay;
	}

	public boolean isDeadlineConfirmed() {
		return this.deadlineConfirmed;
	}

	public void setDeadlineConfirmed(boolean deadlineConfirmed) {
		this.deadlineConfirmed = deadlineConfirmed;
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
