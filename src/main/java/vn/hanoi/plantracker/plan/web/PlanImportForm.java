package vn.hanoi.plantracker.plan.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.hanoi.plantracker.plan.AnnexCorrections;
import vn.hanoi.plantracker.plan.PlanHeaderCommand;

/**
 * The plan's heading as typed on the import page, and the token of the file kept for the
 * confirmation; the annex's rows come from the file.
 */
class PlanImportForm {

	private String token;

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
		return new PlanHeaderCommand(this.number, this.issuedOn, this.titleVi, this.titleEn, this.signer,
				this.legalBasisVi, this.legalBasisEn, this.standingAgencyId);
	}

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
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
