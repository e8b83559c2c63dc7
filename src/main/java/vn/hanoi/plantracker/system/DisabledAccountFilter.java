package vn.hanoi.plantracker.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An account that an administrator deactivates, or whose password is changed or reset,
 * loses its open sessions at once, not when they time out: each page request re-reads the
 * signed-in account (one lookup by username) and compares its state and
 * {@link CredentialStamped credential stamp}. The same lookup says whether the password
 * was set by someone else and must be changed first: every page but the change-password
 * page (and sign-out) then sends there.
 */
class DisabledAccountFilter extends PageFilter {

	/** Where an account whose password must be changed is sent, from any other page. */
	static final String CHANGE_PASSWORD = "/account/password";

	private final AccountStatus accounts;

	private final java.time.Duration absoluteTimeout;

	DisabledAccountFilter(AccountStatus accounts, java.time.Duration absoluteTimeout) {
		this.accounts = accounts;
		this.absoluteTimeout = absoluteTimeout;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof UserDetails user) {
			AccountStatus.State current = this.accounts.of(user.getUsername());
			String ended = endedBecause(user, current, request);
			if (ended != null) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?" + ended);
				return;
			}
			if (current.mustChangePassword() && !mayWaitForNewPassword(request)) {
				// a password someone else chose is used once: to reach the page that
				// replaces it
				response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * "disabled", "ended" (the password changed since this session signed in) or null.
	 */
	private static boolean mayWaitForNewPassword(HttpServletRequest request) {
		String path = RequestPaths.of(request);
		return path.equals(CHANGE_PASSWORD) || path.equals("/logout") || path.equals("/login") || path.equals("/error")
				|| path.equals("/favicon.ico") || path.equals("/favicon.svg")
				// the second factor comes first where it is needed (no loop between the
				// two)
				|| path.equals(SecondFactorFilter.CODE_PAGE) || path.equals(SecondFactorFilter.SETUP_PAGE)
				|| path.startsWith(SecondFactorFilter.SETUP_PAGE + "/");
	}

	private String endedBecause(UserDetails user, AccountStatus.State current, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		// however active, a session ends this long after sign-in
		// (plantracker.session.absolute-timeout)
		if (session != null
				&& System.currentTimeMillis() - session.getCreationTime() > this.absoluteTimeout.toMillis()) {
			return "expired";
		}
		if (current == null || !current.enabled()) {
			return "disabled";
		}
		if (user instanceof CredentialStamped signedIn
				&& !java.util.Objects.equals(signedIn.credentialStamp(), current.credentialStamp())) {
			return "ended";
		}
		return null;
	}

}
