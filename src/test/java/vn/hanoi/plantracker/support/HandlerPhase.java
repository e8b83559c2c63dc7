package vn.hanoi.plantracker.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Marks the thread while a controller runs (its arguments, model attributes and method,
 * not the filters before it nor the view after it): the statements read there are the
 * page's data ({@link StatementCounter#reads}).
 */
public class HandlerPhase implements WebMvcConfigurer {

	private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

	static boolean running() {
		return Boolean.TRUE.equals(RUNNING.get());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				RUNNING.set(true);
				return true;
			}

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView modelAndView) {
				RUNNING.remove();
			}

			@Override
			public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
					Exception ex) {
				RUNNING.remove();
			}

		});
	}

}
