package vn.hanoi.plantracker.system;

/**
 * What a signed-in principal's pages depend on besides the URL, the language and the
 * data: the role and, for an agency's officer, the agency. Two users with the same scope
 * see the same page, so a rendered page section is shared between them
 * ({@link SectionCache}).
 */
public interface ViewScope {

	/** For example {@code LEADER} or {@code OFFICER:17}. */
	String viewScope();

	/**
	 * The viewer and what pages show of them (name, agency, role): a section kept for one
	 * viewer is keyed by it.
	 */
	String identity();

}
