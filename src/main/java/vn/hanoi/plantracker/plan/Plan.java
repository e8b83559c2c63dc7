package vn.hanoi.plantracker.plan;

import java.time.Instant;
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

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.system.Localized;

/**
 * A plan is identified by its number and its issue date: two Hanoi plans carry
 * 133/KH-UBND. Its standing body is the agency whose coordinators run it. A plan typed by
 * hand is a {@link PlanStatus#DRAFT} until published; an imported plan is published at
 * once.
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
	@JoinColumn(name = "standing_body_agency_id")
	private Agency standingBody;

	@Enumerated(EnumType.STRING)
	private PlanStatus status;

	private Instant publishedAt;

	private Long parentPlanId;

	@Version
	private long version;

	protected Plan() {
	}

	/** A published plan (the importer's). */
	Plan(PlanHeaderCommand header, Agency standingBody, Instant now) {
		this(header, standingBody);
		this.status = PlanStatus.PUBLISHED;
		this.publishedAt = now;
	}

	/** A draft plan (typed by hand). */
	Plan(PlanHeaderCommand header, Agency standingBody) {
		this.status = PlanStatus.DRAFT;
		edit(header, standingBody);
	}

	void edit(PlanHeaderCommand header, Agency standingBody) {
		this.number = header.number().strip();
		this.issuedOn = header.issuedOn();
		this.titleVi = header.titleVi().strip();
		this.titleEn = orElse(header.titleEn(), this.titleVi);
		this.signer = header.signer().strip();
		this.legalBasisVi = header.legalBasisVi().strip();
		this.legalBasisEn = orElse(header.legalBasisEn(), this.legalBasisVi);
		this.standingBody = standingBody;
		this.parentPlanId = header.parentPlanId();
	}

	void publish(Instant now) {
		this.status = PlanStatus.PUBLISHED;
		this.publishedAt = now;
	}

	void close() {
		this.status = PlanStatus.CLOSED;
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

	public String getTitleEn() {
		return this.titleEn;
	}

	public String getLegalBasisVi() {
		return this.legalBasisVi;
	}

	public String getLegalBasisEn() {
		return this.legalBasisEn;
	}

	public String getSigner() {
		return this.signer;
	}

	public String getLegalBasis() {
		return Localized.pick(this.legalBasisVi, this.legalBasisEn);
	}

	public Agency getStandingBody() {
		return this.standingBody;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public boolean isClosed() {
		return this.status == PlanStatus.CLOSED;
	}

	public boolean isDraft() {
		return this.status == PlanStatus.DRAFT;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Long getParentPlanId() {
		return this.parentPlanId;
	}

	public long getVersion() {
		return this.version;
	}

}
