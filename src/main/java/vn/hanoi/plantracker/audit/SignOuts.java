package vn.hanoi.plantracker.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Signing out is recorded, so that the log shows when a session ended on purpose. */
@Component
class SignOuts {

	private final SecurityEvents events;

	SignOuts(SecurityEvents events) {
		this.events = events;
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		String address = (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest().getRemoteAddr() : null;
		String name = event.getAuthentication().getName();
		this.events.record(SecurityEventKind.SIGNED_OUT, name, name, address, null);
	}

}
