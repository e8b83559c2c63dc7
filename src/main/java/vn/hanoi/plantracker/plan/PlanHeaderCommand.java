package vn.hanoi.plantracker.plan;

import java.time.LocalDate;

/**
 * A plan's heading: number, date, title, signer, legal basis, the standing body that
 * coordinates it and the plan it implements, if any. English texts left blank take the
 * Vietnamese ones.
 */
public record PlanHeaderCommand(String number, LocalDate issuedOn, String titleVi, String titleEn, String signer,
		String legalBasisVi, String legalBasisEn, long standingAgencyId, Long parentPlanId) {

	/** A heading without a parent plan (the importer's). */
	public PlanHeaderCommand(String number, LocalDate issuedOn, String titleVi, String titleEn, String signer,
			String legalBasisVi, String legalBasisEn, long standingAgencyId) {
		this(number, issuedOn, titleVi, titleEn, signer, legalBasisVi, legalBasisEn, standingAgencyId, null);
	}

}
