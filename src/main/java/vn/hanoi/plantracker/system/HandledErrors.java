package vn.hanoi.plantracker.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What went wrong in a request that was answered with an error status on purpose (a
 * conflict, a refused form, an outage, a full disk). The request's one log line (written
 * by {@link CorrelationIdFilter} when the request ends) gives it as the reason, so that
 * handlers never log a line of their own for a handled error.
 */
public final class HandledErrors {

	static final String REASON = HandledErrors.class.getName() + ".reason";

	private HandledErrors() {
	}

	/** The reason for the current request's error status, for its log line. */
	public static void note(String reason) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null) {
			attributes.setAttribute(REASON, reason, RequestAttributes.SCOPE_REQUEST);
		}
	}

	static void note(HttpServletRequest request, String reason) {
		request.setAttribute(REASON, reason);
	}

	/** The class and first line of the innermost cause: enough to tell what happened. */
	public static String describe(Throwable failure) {
		Throwable root = failure;
		int depth = 0;
		while (root.getCause() != null && root.getCause() != root && depth++ < 64) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage().strip().lines().findFirst().orElse("") : "";
		if (message.length() > 200) {
			message = message.substring(0, 200) + "…";
		}
		return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
	}

}
