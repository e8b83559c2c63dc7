package vn.hanoi.plantracker.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record the user asked for does not exist; shown as the 404 page, never as a 500.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public abstract class NotFoundException extends RuntimeException {

	private boolean otherAgencys;

	protected NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

	/**
	 * The record exists but is another agency's: the user gets the same 404 as for an id
	 * that does not exist, and the security log notes the probe.
	 */
	public NotFoundException ofAnotherAgency() {
		this.otherAgencys = true;
		return this;
	}

	public boolean isOtherAgencys() {
		return this.otherAgencys;
	}

}
