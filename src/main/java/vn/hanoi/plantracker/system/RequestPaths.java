package vn.hanoi.plantracker.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request's path inside the application (without the context path), as the filters, the
 * layout and the error handlers compare it with the application's own URLs.
 */
public final class RequestPaths {

	private RequestPaths() {
	}

	/** The path of the request below the context path: {@code /assignments/42}. */
	public static String of(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
