package vn.hanoi.plantracker.agency;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import vn.hanoi.plantracker.system.Localized;

@Entity
public class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String nameVi;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private AgencyKind kind;

	private int sortOrder;

	private LocalDate activeFrom;

	private LocalDate activeUntil;

	/** When the end was recorded: reports as of earlier days still count the agency. */
	private java.time.Instant endedAt;

	@Version
	private long version;

	protected Agency() {
	}

	Agency(String code, String nameVi, String nameEn, AgencyKind kind, int sortOrder, LocalDate activeFrom) {
		this.code = code;
		this.nameVi = nameVi;
		this.nameEn = nameEn;
		this.kind = kind;
		this.sortOrder = sortOrder;
		this.activeFrom = activeFrom;
	}

	void rename(String nameVi, String nameEn) {
		this.nameVi = nameVi;
		this.nameEn = nameEn;
	}

	void endOn(LocalDate lastDay, java.time.Instant at) {
		this.activeUntil = lastDay;
		this.endedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getNameVi() {
		return this.nameVi;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getName() {
		return Localized.pick(this.nameVi, this.nameEn);
	}

	public AgencyKind getKind() {
		return this.kind;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public LocalDate getActiveFrom() {
		return this.activeFrom;
	}

	public LocalDate getActiveUntil() {
		return this.activeUntil;
	}

	public long getVersion() {
		return this.version;
	}

}
