package vn.hanoi.plantracker.standing;

/**
 * Whose work a figure counts. The city's rates count the city's own agencies
 * ({@link #CITY}); the bodies the city only requests to take part (Procuracy, Court,
 * Fatherland Front) are counted apart ({@link #REQUESTED}) and never mixed into the
 * city's rates. {@link #ALL} is both, labelled as such wherever it is shown.
 */
public enum Scope {

	CITY(false), REQUESTED(true), ALL(null);

	private final Boolean requested;

	Scope(Boolean requested) {
		this.requested = requested;
	}

	/** The value of the {@code requested} flag it selects; null for both. */
	public Boolean requested() {
		return this.requested;
	}

	/** SQL: whether assignment {@code a} is in the scope. */
	public String sql() {
		return (this.requested == null) ? "true" : (this.requested ? "a.requested" : "not a.requested");
	}

}
