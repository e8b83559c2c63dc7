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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account that an administrator deactivates, or whose password is changed or reset,
 * loses its open sessions at once, not when they time out: each page request re-reads the
 * signed-in account (one lookup by username) and compares its state and
 * {@link CredentialStamped credential stamp}.
 */
class DisabledAccountFilter extends OncePerRequestFilter {

	private final UserDetailsService users;

	DisabledAccountFilter(UserDetailsService users) {
		this.users = users;
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
			String ended = endedBecause(user);
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
	private String endedBecause(UserDetails user) {
		UserDetails current;
		try {
			current = this.users.loadUserByUsername(user.getUsername());
		}
		catch (UsernameNotFoundException ex) {
			return "disabled";
		}
		if (!current.isEnabled()) {
			return "disabled";
		}
		if (user instanceof CredentialStamped signedIn && current instanceof CredentialStamped stored
				&& !java.util.Objects.equals(signedIn.credentialStamp(), stored.credentialStamp())) {
			return "ended";
		}
		return null;
	}

}
