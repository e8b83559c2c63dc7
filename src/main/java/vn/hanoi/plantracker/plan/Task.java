package vn.hanoi.plantracker.plan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import vn.hanoi.plantracker.system.Localized;

/** A task of a plan, with its schedule; who does it is in {@link TaskAgency}. */
@Entity
public class Task {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "key_area_id")
	private KeyArea keyArea;

	private String code;

	private int sortOrder;

	private String titleVi;

	private String titleEn;

	private String descriptionVi;

	private String descriptionEn;

	private String outputVi;

	private String outputEn;

	@Enumerated(EnumType.STRING)
	private ScheduleKind scheduleKind;

	private LocalDate dueDate;

	private Short dueMonth;

	private Short dueDay;

	private boolean provisional;

	/** When an amendment withdrew the task from its plan; null while it is part of it. */
	private java.time.Instant removedAt;

	@Version
	private long version;

	protected Task() {
	}

	Task(KeyArea keyArea, int sortOrder) {
		this.keyArea = keyArea;
		this.sortOrder = sortOrder;
		this.provisional = true;
	}

	/**
	 * Takes what the coordinator saved; a confirmed deadline is no longer provisional.
	 */
	void edit(KeyArea area, TaskCommand command) {
		Schedule schedule = command.schedule().normalized();
		this.keyArea = area;
		this.code = command.code().strip();
		this.titleVi = command.titleVi().strip();
		this.titleEn = command.titleEn().strip();
		this.descriptionVi = blankToNull(command.descriptionVi());
		this.descriptionEn = blankToNull(command.descriptionEn());
		this.outputVi = command.outputVi().strip();
		this.outputEn = command.outputEn().strip();
		this.scheduleKind = schedule.kind();
		this.dueDate = schedule.dueDate();
		this.dueMonth = (schedule.dueMonth() != null) ? schedule.dueMonth().shortValue() : null;
		this.dueDay = (schedule.dueDay() != null) ? schedule.dueDay().shortValue() : null;
		this.provisional = !command.deadlineConfirmed();
	}

	/** The deadline was checked against a source document: no longer provisional. */
	void confirmDeadline() {
		this.provisional = false;
	}

	public Schedule schedule() {
		return new Schedule(this.scheduleKind, this.dueDate, (this.dueMonth != null) ? this.dueMonth.intValue() : null,
				(this.dueDay != null) ? this.dueDay.intValue() : null);
	}

	public String getTitleVi() {
		return this.titleVi;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public String getDescriptionVi() {
		return this.descriptionVi;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public String getOutputVi() {
		return this.outputVi;
	}

	public String getOutputEn() {
		return this.outputEn;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public KeyArea getKeyArea() {
		return this.keyArea;
	}

	public String getCode() {
		return this.code;
	}

	public String getTitle() {
		return Localized.pick(this.titleVi, this.titleEn);
	}

	public String getDescription() {
		return Localized.pick(this.descriptionVi, this.descriptionEn);
	}

	public String getOutput() {
		return Localized.pick(this.outputVi, this.outputEn);
	}

	public ScheduleKind getScheduleKind() {
		return this.scheduleKind;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public Short getDueMonth() {
		return this.dueMonth;
	}

	public Short getDueDay() {
		return this.dueDay;
	}

	public boolean isProvisional() {
		return this.provisional;
	}

	public long getVersion() {
		return this.version;
	}

	void remove(java.time.Instant at) {
		this.removedAt = at;
	}

	public boolean isRemoved() {
		return this.removedAt != null;
	}

	public java.time.Instant getRemovedAt() {
		return this.removedAt;
	}

}
