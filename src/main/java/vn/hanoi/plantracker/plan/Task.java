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

	@Version
	private long version;

	protected Task() {
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

}
