package vn.hanoi.plantracker.api;

/** What a token may do: read only, or read and report progress. */
public enum TokenScope {

	READ, READ_WRITE;

	/**
	 * The authority a request made with such a token carries besides its owner's role.
	 */
	public String authority() {
		return "SCOPE_" + name();
	}

}
