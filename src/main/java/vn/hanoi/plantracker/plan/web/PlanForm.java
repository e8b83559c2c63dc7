package vn.hanoi.plantracker.plan.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hanoi.plantracker.plan.Plan;
import vn.hanoi.plantracker.plan.PlanHeaderCommand;

/**
 * A plan typed by hand: its heading, the plan it implements (optional), its key areas one
 * a line, and the version edited.
 */
class PlanForm {

	private long version;

	private Long parentPlanId;

	@NotBlank(message = "{plans.form.areasRequired}")
	@Size(max = 30000, message = "{plans.import.size}")
	private String keyAreas;

	@NotBlank(message = "{plans.import.required}")
	@Size(max = 40, message = "{plans.import.size}")
	private String number;

	@NotNull(message = "{plans.import.dateRequired}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issuedOn;

	@NotBlank(message = "{plans.import.required}")
	@Size(max = 500, message = "{plans.import.size}")
	private String titleVi;

	@Size(max = 500, message = "{plans.import.size}")
	private String titleEn;

	@NotBlank(message = "{plans.import.required}")
	@Size(max = 200, message = "{plans.import.size}")
	private String signer;

	@NotBlank(message = "{plans.import.required}")
	@Size(max = 1000, message = "{plans.import.size}")
	private String legalBasisVi;

	@Size(max = 1000, message = "{plans.import.size}")
	private String legalBasisEn;

	@NotNull(message = "{plans.import.standingRequired}")
	private Long standingAgencyId;

	PlanHeaderCommand toCommand() {
		return new PlanHeaderCommand(this.number, this.issuedOn, this.titleVi, this.titleEn, this.signer,
				this.legalBasisVi, this.legalBasisEn, this.standingAgencyId, this.parentPlanId);
	}

	static PlanForm of(Plan plan, String keyAreas) {
		PlanForm form = new PlanForm();
		form.version = plan.getVersion();
		form.number = plan.getNumber();
		form.issuedOn = plan.getIssuedOn();
		form.titleVi = plan.getTitleVi();
		form.titleEn = plan.getTitleEn();
		form.signer = plan.getSigner();
		form.legalBasisVi = plan.getLegalBasisVi();
		form.legalBasisEn = plan.getLegalBasisEn();
		form.standingAgencyId = plan.getStandingBody().getId();
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

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
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

	public String getSigner() {
		return this.signer;
	}

	public void setSigner(String signer) {
		this.signer = signer;
	}

	public String getLegalBasisVi() {
		return this.legalBasisVi;
	}

	public void setLegalBasisVi(String legalBasisVi) {
		this.legalBasisVi = legalBasisVi;
	}

	public String getLegalBasisEn() {
		return this.legalBasisEn;
	}

	public void setLegalBasisEn(String legalBasisEn) {
		this.legalBasisEn = legalBasisEn;
	}

	public Long getStandingAgencyId() {
		return this.standingAgencyId;
	}

	public void setStandingAgencyId(Long standingAgencyId) {
		this.standingAgencyId = standingAgencyId;
	}

}
