package vn.hanoi.plantracker.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A filter of the application's pages: the files of {@link StaticResources}' folders pass
 * by it, as they need no session, no account and no database.
 */
abstract class PageFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return StaticResources.isFolderFile(RequestPaths.of(request));
	}

}
