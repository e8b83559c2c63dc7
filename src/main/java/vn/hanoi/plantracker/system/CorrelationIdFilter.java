package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request a short id that every log line of it carries ({@code correlationId}
 * in the MDC, hence in the JSON log too), that the response names in
 * {@code X-Correlation-Id}, and that an error page shows, so that a user's report of an
 * error leads to its log line.
 */
class CorrelationIdFilter extends OncePerRequestFilter {

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

	static String current(HttpServletRequest request) {
		return (String) request.getAttribute(ATTRIBUTE);
	}

}
