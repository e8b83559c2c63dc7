package vn.hanoi.plantracker.agency.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hanoi.plantracker.agency.AgencyKind;

/**
 * The administrator's agency form: all fields when adding; names only when renaming; the
 * last day when ending.
 */
class AgencyForm {

	public interface Adding {

	}

	public interface Renaming {

	}

	public interface Ending {

	}

	@NotNull(message = "{validation.version.required}", groups = { Renaming.class, Ending.class })
	private Long version = 0L;

	@NotBlank(message = "{admin.agencies.codeRequired}", groups = Adding.class)
	@Pattern(regexp = "[A-Za-z0-9-]{0,40}", message = "{admin.agencies.codeFormat}", groups = Adding.class)
	private String code;

	@NotBlank(message = "{admin.agencies.nameRequired}", groups = { Adding.class, Renaming.class })
	@Size(max = 300, message = "{admin.agencies.nameSize}", groups = { Adding.class, Renaming.class })
	private String nameVi;

	@NotBlank(message = "{admin.agencies.nameRequired}", groups = { Adding.class, Renaming.class })
	@Size(max = 300, message = "{admin.agencies.nameSize}", groups = { Adding.class, Renaming.class })
	private String nameEn;

	@NotNull(message = "{admin.agencies.kindRequired}", groups = Adding.class)
	private AgencyKind kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate activeFrom;

	@NotNull(message = "{admin.agencies.endRequired}", groups = Ending.class)
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate activeUntil;

	@Size(max = 500, message = "{admin.agencies.endReasonSize}", groups = Ending.class)
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameVi() {
		return this.nameVi;
	}

	public void setNameVi(String nameVi) {
		this.nameVi = nameVi;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public AgencyKind getKind() {
		return this.kind;
	}

	public void setKind(AgencyKind kind) {
		this.kind = kind;
	}

	public LocalDate getActiveFrom() {
		return this.activeFrom;
	}

	public void setActiveFrom(LocalDate activeFrom) {
		this.activeFrom = activeFrom;
	}

	public LocalDate getActiveUntil() {
		return this.activeUntil;
	}

	public void setActiveUntil(LocalDate activeUntil) {
		this.activeUntil = activeUntil;
	}

}
