package vn.hanoi.plantracker.agency;

/** An agency change the rules refuse; carries the message key for the page. */
public class AgencyEditException extends RuntimeException {

	private final String code;

	public AgencyEditException(String code) {
		super(code);
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

}
