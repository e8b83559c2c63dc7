package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * A multipart body that Tomcat cannot parse — the upload spool's disk is full, the body
 * is malformed or has too many parts, a file name holds NUL — is answered by the
 * application's error page (507 when the disk is full, 400 otherwise), whichever filter
 * would have read the body first. Without this, Spring Security's CSRF filter reads a
 * parameter, Tomcat's parse fails there, and the user gets Tomcat's bare 400 page or a
 * 500 for every save of the form, with or without a file. Runs before Spring Security and
 * after {@link OversizeUploads} (which answers a body over the size limit itself).
 */
class MultipartFailures extends OncePerRequestFilter {

	/** Set on a request whose body was refused here. */
	private static final String REFUSED = MultipartFailures.class.getName() + ".refused";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || isApi(request);
	}

	/**
	 * The open API answers an unreadable body itself, as a problem detail: its filter
	 * chain has no CSRF filter and reads no parameter, so the parse first fails in the
	 * dispatcher, where the API's exception resolver turns it into a 400 (or 507) in the
	 * caller's language instead of this filter's HTML error page.
	 */
	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (overSizeLimit(ex)) {
				// Spring's multipart resolver reports it to the form (WebErrors)
				chain.doFilter(request, response);
				return;
			}
			boolean full = StorageFull.causedBy(ex);
			request.setAttribute(REFUSED, Boolean.TRUE);
			HandledErrors.note(request,
					(full ? "upload spool full: " : "multipart body refused: ") + HandledErrors.describe(ex));
			response.sendError(full ? HttpStatus.INSUFFICIENT_STORAGE.value() : HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * The dispatcher's multipart resolver: a request whose body was refused here is not a
	 * multipart request to it, so the error page it is forwarded to renders instead of
	 * parsing the body again and failing inside the error page (Tomcat's bare page and a
	 * stack trace in the log).
	 */
	static final class Resolver extends StandardServletMultipartResolver {

		@Override
		public boolean isMultipart(HttpServletRequest request) {
			return request.getAttribute(REFUSED) == null && super.isMultipart(request);
		}

	}

	private static boolean overSizeLimit(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException
					|| t instanceof org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException) {
				return true;
			}
		}
		return false;
	}

}
