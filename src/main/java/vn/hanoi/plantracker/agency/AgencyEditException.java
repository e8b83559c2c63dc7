package vn.hanoi.plantracker.agency;

import vn.hanoi.plantracker.system.ChangeRefusedException;

/** An agency change the rules refuse; carries the message key for the page. */
public class AgencyEditException extends ChangeRefusedException {

	public AgencyEditException(String code) {
		super(code);
	}

}
