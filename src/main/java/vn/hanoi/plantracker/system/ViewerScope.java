package vn.hanoi.plantracker.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whose view a page is: what a signed-in viewer's pages depend on besides the URL, the
 * language and the data. Two viewers of one scope see the same page, so every cache of
 * what a viewer sees (rendered sections, report pages, review queue pages) keys by it and
 * by nothing else about the viewer; viewers of different scopes never share an entry.
 * <p>
 * The principal decides it ({@link Viewer}): the role and, for a role whose pages show
 * one agency's share (an officer's own agency, a coordinator's standing body and the
 * plans it runs), the agency.
 *
 * @param role the viewer's role ({@code ""} for a visitor)
 * @param agency the agency the viewer's pages are narrowed to; null when they show every
 * agency's
 */
public record ViewerScope(String role, Long agency) {

	/** A visitor who has not signed in. */
	public static final ViewerScope VISITOR = new ViewerScope("", null);

	/** The scope of the viewer of this request. */
	public static ViewerScope current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	public static ViewerScope of(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return VISITOR;
		}
		if (authentication.getPrincipal() instanceof Viewer viewer) {
			return viewer.viewerScope();
		}
		// a principal that does not say (a test's, a token's): the user alone
		return new ViewerScope("user:" + authentication.getName(), null);
	}

	@Override
	public String toString() {
		return (this.agency != null) ? this.role + ":" + this.agency : this.role;
	}

	/** A principal that says whose view its pages are. */
	public interface Viewer {

		ViewerScope viewerScope();

		/**
		 * The viewer and what pages show of them (name, agency, role): a section kept for
		 * one viewer alone is keyed by it.
		 */
		String identity();

	}

}
