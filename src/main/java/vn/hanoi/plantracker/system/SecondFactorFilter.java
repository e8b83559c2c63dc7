package vn.hanoi.plantracker.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * After the password, an account that needs a second factor reaches nothing but the code
 * page (or, when it has none yet, the set-up page) and sign-out until it has proved the
 * factor. This runs before authorization, so no page or action of the application is
 * reachable with the password alone.
 */
class SecondFactorFilter extends PageFilter {

	static final String CODE_PAGE = "/login/second-factor";

	static final String SETUP_PAGE = "/account/two-factor";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = RequestPaths.of(request);
		return super.shouldNotFilter(request) || path.equals("/favicon.ico") || path.equals("/logout")
				|| path.equals("/login") || path.equals(CODE_PAGE) || path.equals(SETUP_PAGE)
				|| path.startsWith(SETUP_PAGE + "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TwoStepPrincipal principal
				&& principal.needsSecondFactor() && !TwoStepPrincipal.provedSecondFactor(authentication)) {
			response
				.sendRedirect(request.getContextPath() + (principal.secondFactorEnrolled() ? CODE_PAGE : SETUP_PAGE));
			return;
		}
		chain.doFilter(request, response);
	}

}
