package vn.hanoi.plantracker.plan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.system.Localized;

/**
 * A plan is identified by its number and its issue date: two Hanoi plans carry
 * 133/KH-UBND.
 */
@Entity
public class Plan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String number;

	private LocalDate issuedOn;

	private String titleVi;

	private String titleEn;

	private String signer;

	private String legalBasisVi;

	private String legalBasisEn;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "coordinator_agency_id")
	private Agency coordinator;

	@Version
	private long version;

	protected Plan() {
	}

	Plan(PlanHeaderCommand header, Agency coordinator) {
		this.number = header.number().strip();
		this.issuedOn = header.issuedOn();
		this.titleVi = header.titleVi().strip();
		this.titleEn = orElse(header.titleEn(), this.titleVi);
		this.signer = header.signer().strip();
		this.legalBasisVi = header.legalBasisVi().strip();
		this.legalBasisEn = orElse(header.legalBasisEn(), this.legalBasisVi);
		this.coordinator = coordinator;
	}

	private static String orElse(String text, String fallback) {
		return (text == null || text.isBlank()) ? fallback : text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getNumber() {
		return this.number;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public String getTitle() {
		return Localized.pick(this.titleVi, this.titleEn);
	}

	public String getTitleVi() {
		return this.titleVi;
	}

	public String getSigner() {
		return this.signer;
	}

	public String getLegalBasis() {
		return Localized.pick(this.legalBasisVi, this.legalBasisEn);
	}

	public Agency getCoordinator() {
		return this.coordinator;
	}

}
