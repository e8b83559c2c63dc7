package vn.hanoi.plantracker.plan.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hanoi.plantracker.plan.Plan;
import vn.hanoi.plantracker.plan.PlanHeaderCommand;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * A plan's heading as its forms bind it, typed by hand ({@link PlanForm}) or over an
 * annex file ({@link PlanImportForm}): number, date of issue, title, signer, legal basis
 * and the standing body that coordinates it.
 */
abstract class PlanHeadingFields {

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

	/**
	 * A new plan's form: coordinated by the standing body of the one who starts it, until
	 * they choose another.
	 */
	static <F extends PlanHeadingFields> F startedBy(PlanUser user, F form) {
		form.setStandingAgencyId(user.getAgencyId());
		return form;
	}

	/** The heading, with the plan it implements (or null). */
	final PlanHeaderCommand heading(Long parentPlanId) {
		return new PlanHeaderCommand(this.number, this.issuedOn, this.titleVi, this.titleEn, this.signer,
				this.legalBasisVi, this.legalBasisEn, this.standingAgencyId, parentPlanId);
	}

	/** The plan's heading as it is now. */
	final void setHeading(Plan plan) {
		this.number = plan.getNumber();
		this.issuedOn = plan.getIssuedOn();
		this.titleVi = plan.getTitleVi();
		this.titleEn = plan.getTitleEn();
		this.signer = plan.getSigner();
		this.legalBasisVi = plan.getLegalBasisVi();
		this.legalBasisEn = plan.getLegalBasisEn();
		this.standingAgencyId = plan.getStandingBody().getId();
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
