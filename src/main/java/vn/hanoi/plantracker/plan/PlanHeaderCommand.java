package vn.hanoi.plantracker.plan;

import java.time.LocalDate;

/**
 * What the annex does not say about its plan: number, date, title, signer, legal basis
 * and the standing body that coordinates it. English texts left blank take the Vietnamese
 * ones.
 */
public record PlanHeaderCommand(String number, LocalDate issuedOn, String titleVi, String titleEn, String signer,
		String legalBasisVi, String legalBasisEn, long standingAgencyId) {

}
