package vn.hanoi.plantracker.user;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers in the session which browser and address signed in, for the user's list of
 * open sessions.
 */
@Component
class SignInDevice {

	static final String DEVICE = "plantracker.device";

	static final String ADDRESS = "plantracker.address";

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			String agent = request.getHeader("User-Agent");
			var session = request.getSession();
			session.setAttribute(DEVICE, (agent == null) ? "" : agent.substring(0, Math.min(agent.length(), 300)));
			session.setAttribute(ADDRESS, request.getRemoteAddr());
		}
	}

}
