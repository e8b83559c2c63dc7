package vn.hanoi.plantracker.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

import vn.hanoi.plantracker.system.RequestRefused;
import vn.hanoi.plantracker.system.Today;

/**
 * A signed-in user refused a page or an action is a security event, and so are a CSRF
 * refusal (signed in or not), a 403 thrown by a service and an id of another agency's
 * record. Anonymous visitors sent to the sign-in page are not: that is the normal way in.
 * So that one source cannot flood the log, at most {@link #PER_WINDOW} refusals from one
 * address are recorded in {@link #WINDOW}; the first one over says so, the rest of the
 * window is not recorded (counted on each node: the bound is per node).
 */
@Component
class AccessRefusals {

	static final int PER_WINDOW = 30;

	static final Duration WINDOW = Duration.ofMinutes(10);

	private static final int MAX_SOURCES = 10_000;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final SecurityEvents events;

	private final Today today;

	private final Map<String, Window> sources = new ConcurrentHashMap<>();

	AccessRefusals(SecurityEvents events, Today today) {
		this.events = events;
		this.today = today;
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
		record(SecurityEventKind.ACCESS_DENIED, authentication.getName(), address, what);
	}

	@EventListener
	void refused(RequestRefused refusal) {
		SecurityEventKind kind = switch (refusal.why()) {
			case CSRF -> SecurityEventKind.CSRF_REFUSED;
			case FORBIDDEN -> SecurityEventKind.ACCESS_DENIED;
			case OTHER_AGENCYS_ID -> SecurityEventKind.OTHER_AGENCYS_ID;
		};
		record(kind, refusal.username(), refusal.clientAddress(), refusal.what());
	}

	private void record(SecurityEventKind kind, String username, String address, String what) {
		Instant now = this.today.now();
		String source = (address != null) ? address : "unknown";
		if (this.sources.size() > MAX_SOURCES) {
			this.sources.values().removeIf((w) -> !now.isBefore(w.start().plus(WINDOW)));
		}
		Window window = this.sources.compute(source, (key, w) -> (w == null || !now.isBefore(w.start().plus(WINDOW)))
				? new Window(now, 1) : new Window(w.start(), w.count() + 1));
		if (window.count() <= PER_WINDOW) {
			this.events.record(kind, username, username, address, what);
		}
		else if (window.count() == PER_WINDOW + 1) {
			this.events.record(SecurityEventKind.REFUSALS_SUPPRESSED, username, username, address,
					"more than " + PER_WINDOW + " refusals in " + WINDOW.toMinutes()
							+ " minutes: the rest are not recorded until " + window.start().plus(WINDOW));
		}
	}

	private record Window(Instant start, int count) {

	}

}
