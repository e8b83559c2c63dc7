package vn.hanoi.plantracker.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tells the security log about refusals that Spring Security's authorization events do
 * not carry: CSRF refusals and 403s thrown by services (through the filter chain's
 * access-denied handler, which then answers as before), and ids of another agency's
 * records (a {@link NotFoundException} marked so; the answer stays the plain 404). A
 * refusal of an authorization rule is already an event of its own and is not repeated. A
 * bean of {@link SecurityConfig}, so a web slice test has it too.
 */
class RefusedRequests implements AccessDeniedHandler, HandlerExceptionResolver, Ordered {

	private final AccessDeniedHandler answer = new AccessDeniedHandlerImpl();

	private final ApplicationEventPublisher publisher;

	RefusedRequests(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException, ServletException {
		if (refusal instanceof CsrfException) {
			publish(RequestRefused.Why.CSRF, request);
		}
		else if (!(refusal instanceof AuthorizationDeniedException)) {
			publish(RequestRefused.Why.FORBIDDEN, request);
		}
		this.answer.handle(request, response, refusal);
	}

	/** Only notes a probe; the exception goes on to be answered as usual. */
	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (ex instanceof NotFoundException notFound && notFound.isOtherAgencys()) {
			publish(RequestRefused.Why.OTHER_AGENCYS_ID, request);
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private void publish(RequestRefused.Why why, HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String username = (authentication == null || new AuthenticationTrustResolverImpl().isAnonymous(authentication))
				? null : authentication.getName();
		this.publisher.publishEvent(new RequestRefused(why, username, request.getRemoteAddr(),
				request.getMethod() + " " + request.getRequestURI()));
	}

}
