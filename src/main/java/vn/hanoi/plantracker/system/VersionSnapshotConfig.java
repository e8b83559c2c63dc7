package vn.hanoi.plantracker.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The data versions of a page view, read by the framework before any controller: the rule
 * that a version is read before the data it keys ({@link DataVersion}) holds for every
 * cache and every cached section without a controller having to remember it.
 */
@Configuration(proxyBeanMethods = false)
class VersionSnapshotConfig implements WebMvcConfigurer {

	private final ObjectProvider<DataVersion> dataVersion;

	VersionSnapshotConfig(ObjectProvider<DataVersion> dataVersion) {
		this.dataVersion = dataVersion;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				// a page's controller (a JSON answer keeps no section: its caches read
				// the stamp just before the read it keys); a web slice has no database
				DataVersion versions = VersionSnapshotConfig.this.dataVersion.getIfAvailable();
				if (versions != null && handler instanceof HandlerMethod method && !answersWithBody(method)) {
					versions.takeBeforeHandler(request);
				}
				return true;
			}

		});
	}

	private static boolean answersWithBody(HandlerMethod method) {
		return method.hasMethodAnnotation(ResponseBody.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class);
	}

}
