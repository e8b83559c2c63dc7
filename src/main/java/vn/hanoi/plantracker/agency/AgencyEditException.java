package vn.hanoi.plantracker.agency;

import vn.hanoi.plantracker.system.RefusedEditException;

/** An agency change the rules refuse; carries the message key for the page. */
public class AgencyEditException extends RefusedEditException {

	public AgencyEditException(String code) {
		super(code);
	}

}
