package vn.hanoi.plantracker.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.hanoi.plantracker.system.HandledErrors;

/**
 * Authenticates an API request by its {@code Authorization: Bearer} token, then takes one
 * request from the token's rate limit. No header: the request goes on unauthenticated and
 * the chain's entry point answers 401. A header that names no valid token (unknown,
 * revoked, expired, its owner disabled) is 401 at once; over the limit is 429 with
 * {@code Retry-After}. The authentication holds the owner's principal (role and agency as
 * they are now) and the token's scope, for this request only.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final ApiRateLimits limits;

	private final ApiProblems problems;

	BearerTokenFilter(ApiTokens tokens, ApiRateLimits limits, ApiProblems problems) {
		this.tokens = tokens;
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiTokens.TokenUse> use = (header.regionMatches(true, 0, "Bearer ", 0, 7))
				? this.tokens.authenticate(header.substring(7).strip(), request.getRemoteAddr()) : Optional.empty();
		if (use.isEmpty()) {
			HandledErrors.note("API token refused");
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			this.problems.write(response,
					this.problems.problem(request, HttpStatus.UNAUTHORIZED, "api.error.badToken"));
			return;
		}
		long wait = this.limits.secondsToWait(use.get().tokenId());
		if (wait > 0) {
			HandledErrors.note("API rate limit");
			response.setHeader("Retry-After", Long.toString(wait));
			this.problems.write(response, this.problems.problem(request, HttpStatus.TOO_MANY_REQUESTS,
					"api.error.tooMany", this.limits.perMinute(), wait));
			return;
		}
		List<GrantedAuthority> authorities = new ArrayList<>(use.get().owner().getAuthorities());
		authorities.add(new SimpleGrantedAuthority(use.get().scope().authority()));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(use.get().owner(), null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
