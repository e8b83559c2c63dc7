package vn.hanoi.plantracker.system;

import java.time.LocalDate;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout needs on every page: today's date in Hanoi, the current path and the
 * links that switch language while keeping the page and its filters.
 */
@ControllerAdvice
class LayoutModel {

	private final Today today;

	LayoutModel(Today today) {
		this.today = today;
	}

	@ModelAttribute("today")
	LocalDate today() {
		return this.today.date();
	}

	/** The path of this page, so the navigation marks the current page (aria-current). */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return RequestPaths.of(request);
	}

	@ModelAttribute("langUrlVi")
	String langUrlVi() {
		return languageUrl("vi");
	}

	@ModelAttribute("langUrlEn")
	String langUrlEn() {
		return languageUrl("en");
	}

	/**
	 * The page's own address in the other language; on an error page, the address that
	 * failed (the error page's own, {@code /error}, is not a page).
	 */
	private static String languageUrl(String lang) {
		ServletUriComponentsBuilder current = ServletUriComponentsBuilder.fromCurrentRequest();
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
			current.replacePath(failed).replaceQuery(null);
		}
		return current.replaceQueryParam("lang", lang).build().toUriString().replaceFirst("^https?://[^/]+", "");
	}

}
