package vn.hanoi.plantracker.round;

/**
 * Where an agency's report stands: the agency drafts and submits it; the coordinator
 * accepts it or returns it with a reason, and a returned report is drafted again. MISSING
 * is an agency that has not started one.
 */
public enum ReportStatus {

	MISSING, DRAFT, SUBMITTED, RETURNED, ACCEPTED;

	boolean editable() {
		return this == MISSING || this == DRAFT || this == RETURNED;
	}

	boolean sent() {
		return this == SUBMITTED || this == ACCEPTED;
	}

}
