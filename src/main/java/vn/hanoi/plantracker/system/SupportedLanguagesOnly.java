package vn.hanoi.plantracker.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} switch only to a language the application has texts for. */
class SupportedLanguagesOnly implements HandlerInterceptor {

	private final LocaleChangeInterceptor delegate;

	SupportedLanguagesOnly(LocaleChangeInterceptor delegate) {
		this.delegate = delegate;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws jakarta.servlet.ServletException {
		String lang = request.getParameter("lang");
		if ("vi".equals(lang) || "en".equals(lang)) {
			return this.delegate.preHandle(request, response, handler);
		}
		return true;
	}

}
