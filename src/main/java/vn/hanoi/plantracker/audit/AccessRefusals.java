package vn.hanoi.plantracker.audit;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A signed-in user refused a page or an action is a security event. Anonymous visitors
 * sent to the sign-in page are not: that is the normal way in.
 */
@Component
class AccessRefusals {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final SecurityEvents events;

	AccessRefusals(SecurityEvents events) {
		this.events = events;
	}

	@EventListener
	void refused(AuthorizationDeniedEvent<?> event) {
		Supplier<Authentication> supplier = event.getAuthentication();
		Authentication authentication = supplier.get();
		if (authentication == null || this.trust.isAnonymous(authentication)) {
			return;
		}
		String address = null;
		String what = null;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			address = request.getRemoteAddr();
			what = request.getMethod() + " " + request.getRequestURI();
		}
		this.events.record(SecurityEventKind.ACCESS_DENIED, authentication.getName(), authentication.getName(), address,
				what);
	}

}
