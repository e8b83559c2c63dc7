package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request a short id that every log line of it carries ({@code correlationId}
 * in the MDC, hence in the JSON log too), that the response names in
 * {@code X-Correlation-Id}, and that an error page shows, so that a user's report of an
 * error leads to its log line. A request answered with an error on purpose gets one line
 * without a stack trace; a defect gets one line with it, both with the id.
 */
class CorrelationIdFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(CorrelationIdFilter.class);

	static final String ATTRIBUTE = CorrelationIdFilter.class.getName();

	static final String MDC_KEY = "correlationId";

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// the error page of a failed request keeps that request's id
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = current(request);
		if (id == null) {
			id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
			request.setAttribute(ATTRIBUTE, id);
			response.setHeader("X-Correlation-Id", id);
		}
		String previous = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
			if (request.getDispatcherType() == DispatcherType.REQUEST && !request.isAsyncStarted()) {
				logHandledError(request, response);
			}
		}
		catch (ServletException | IOException | RuntimeException | Error ex) {
			if (request.getDispatcherType() == DispatcherType.REQUEST && !(ex instanceof ClientAbortException)) {
				logDefect(request, ex);
			}
			throw ex;
		}
		finally {
			if (previous == null) {
				MDC.remove(MDC_KEY);
			}
			else {
				MDC.put(MDC_KEY, previous);
			}
		}
	}

	/**
	 * One line for a request answered with an error status on purpose: a 4xx at INFO, a
	 * 5xx (outage, full disk) at WARN, with the reason a handler noted, never a stack
	 * trace. A defect (an exception that escapes to the container) is not answered here:
	 * the container logs it once, with its stack trace, and renders the error page.
	 */
	private static void logHandledError(HttpServletRequest request, HttpServletResponse response) {
		int status = response.getStatus();
		// a health probe's 503 is its answer, not an error: a proxy asks every few
		// seconds
		String path = RequestPaths.of(request);
		if (status < 400 || HealthPaths.isMonitoring(path)) {
			return;
		}
		Object reason = request.getAttribute(HandledErrors.REASON);
		if (reason == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable ex) {
			reason = HandledErrors.describe(ex);
		}
		String query = (request.getQueryString() != null) ? "?…" : "";
		if (status >= 500) {
			log.warn("{} {}{} answered {}{}", request.getMethod(), request.getRequestURI(), query, status,
					(reason != null) ? " (" + reason + ")" : "");
		}
		else {
			log.info("{} {}{} answered {}{}", request.getMethod(), request.getRequestURI(), query, status,
					(reason != null) ? " (" + reason + ")" : "");
		}
	}

	/**
	 * A defect: an exception that escaped every handler. Logged here, once, with its
	 * stack trace, while the request's id is still in the MDC, so the line carries the
	 * reference the error page shows; the container's own line for it (written after this
	 * filter has cleared the MDC, so without the id) is switched off in
	 * {@code application.properties}.
	 */
	private static void logDefect(HttpServletRequest request, Throwable ex) {
		String query = (request.getQueryString() != null) ? "?…" : "";
		log.error("{} {}{} failed", request.getMethod(), request.getRequestURI(), query,
				(ex instanceof ServletException servlet && servlet.getRootCause() != null) ? servlet.getRootCause()
						: ex);
	}

	static String current(HttpServletRequest request) {
		return (String) request.getAttribute(ATTRIBUTE);
	}

}
