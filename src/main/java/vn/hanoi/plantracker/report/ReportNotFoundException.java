package vn.hanoi.plantracker.report;

import vn.hanoi.plantracker.system.NotFoundException;

/** The plan or agency a report asks for does not exist (or has nothing in the plan). */
class ReportNotFoundException extends NotFoundException {

	ReportNotFoundException(String what, Object id) {
		super(what, id);
	}

}
