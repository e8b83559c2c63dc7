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
 * An account that an administrator deactivates loses its open sessions at once, not when
 * they time out: each page request re-reads whether the signed-in account is still
 * enabled (one lookup by username).
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
		if (authentication != null && authentication.getPrincipal() instanceof UserDetails user
				&& !stillEnabled(user.getUsername())) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?disabled");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean stillEnabled(String username) {
		try {
			return this.users.loadUserByUsername(username).isEnabled();
		}
		catch (UsernameNotFoundException ex) {
			return false;
		}
	}

}
