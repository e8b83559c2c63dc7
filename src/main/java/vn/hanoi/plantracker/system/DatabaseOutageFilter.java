package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * While PostgreSQL cannot be reached, every page answers at once with "service
 * temporarily unavailable" (503, in the user's language, with a Retry-After), instead of
 * waiting on the pool and failing with a 500. It sits before the session and security
 * filters, which read the database themselves. The page is standalone: the layout's
 * navigation reads the database. Each such answer counts in
 * {@code plantracker.database.unavailable} (the metrics endpoint).
 */
class DatabaseOutageFilter extends PageFilter {

	private final DatabaseAvailability database;

	private final ITemplateEngine templates;

	private final LocaleResolver locales;

	private final Counter unavailable;

	private final ApplicationAvailability availability;

	DatabaseOutageFilter(DatabaseAvailability database, ITemplateEngine templates, LocaleResolver locales,
			MeterRegistry meters, ApplicationAvailability availability) {
		this.availability = availability;
		this.unavailable = Counter.builder("plantracker.database.unavailable")
			.description("Requests answered 503 because the database could not be reached")
			.register(meters);
		this.database = database;
		this.templates = templates;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.database.isDown()) {
			this.unavailable.increment();
			HandledErrors.note(request, "database unreachable");
			String path = RequestPaths.of(request);
			// a monitor or proxy, possibly with a session cookie: no session lookup. The
			// node is alive and ready all the same (it answers with the outage page): a
			// proxy that took every node out would show its own bare page instead
			if (path.equals("/livez") || path.equals("/actuator/health/liveness")) {
				probe(response, this.availability.getLivenessState() == LivenessState.CORRECT, "DOWN");
				return;
			}
			if (path.equals("/readyz") || path.equals("/actuator/health/readiness")) {
				probe(response, this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC,
						"OUT_OF_SERVICE");
				return;
			}
			if (HealthPaths.isMonitoring(path)) {
				probe(response, false, "DOWN");
				return;
			}
			unavailable(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			// only a failure to reach the database: a defect, or the node out of memory
			// (the dispatcher wraps the OutOfMemoryError, the driver may too), goes on to
			// the usual error page and leaves the database's state alone
			if (!this.database.recordFailure(ex)) {
				throw ex;
			}
			HandledErrors.note(request, "database unreachable: " + HandledErrors.describe(ex));
			if (response.isCommitted()) {
				// the answer has gone out already (the session is saved before that, so
				// a failure here comes from a last save): nothing left to tell the user,
				// and no error page to render over it
				logger.warn("The database failed after the response was committed: " + ex);
				return;
			}
			// the whole response, not only its buffer: status, headers, a stream taken
			// instead of the writer, an error already sent
			response.reset();
			this.unavailable.increment();
			unavailable(request, response);
		}
	}

	private static void probe(HttpServletResponse response, boolean up, String otherwise) throws IOException {
		response.setStatus(up ? HttpStatus.OK.value() : HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write("{\"status\":\"" + (up ? "UP" : otherwise) + "\"}");
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		Context context = new Context(locale);
		context.setVariable("correlationId", CorrelationIdFilter.current(request));
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", "10");
		response.setHeader("Cache-Control", "no-store");
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.templates.process("error/503", context));
	}

}
