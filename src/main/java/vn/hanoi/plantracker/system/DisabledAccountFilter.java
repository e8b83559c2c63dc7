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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account that an administrator deactivates, or whose password is changed or reset,
 * loses its open sessions at once, not when they time out: each page request re-reads the
 * signed-in account (one lookup by username) and compares its state and
 * {@link CredentialStamped credential stamp}.
 */
class DisabledAccountFilter extends OncePerRequestFilter {

	private final AccountStatus accounts;

	private final java.time.Duration absoluteTimeout;

	DisabledAccountFilter(AccountStatus accounts, java.time.Duration absoluteTimeout) {
		this.accounts = accounts;
		this.absoluteTimeout = absoluteTimeout;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof UserDetails user) {
			String ended = endedBecause(user, request);
			if (ended != null) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?" + ended);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * "disabled", "ended" (the password changed since this session signed in) or null.
	 */
	private String endedBecause(UserDetails user, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		// however active, a session ends this long after sign-in
		// (plantracker.session.absolute-timeout)
		if (session != null
				&& System.currentTimeMillis() - session.getCreationTime() > this.absoluteTimeout.toMillis()) {
			return "expired";
		}
		AccountStatus.State current = this.accounts.of(user.getUsername());
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
