package vn.hanoi.plantracker.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The health checks on the application port, for a load balancer that checks the port it
 * routes to: {@code /healthz}, {@code /livez} and {@code /readyz} (the health groups'
 * additional paths, {@code management.endpoint.health.group.*.additional-path}), and the
 * actuator's own URLs of before the management port, forwarded to them. Everything else
 * of the actuator (metrics) is on the management port only.
 */
@Configuration(proxyBeanMethods = false)
class HealthPaths implements WebMvcConfigurer {

	/**
	 * The paths a monitor may call without a session, answered during an outage too; the
	 * metrics exist on the management port only (127.0.0.1 by default).
	 */
	static final String[] PUBLIC = { "/healthz", "/livez", "/readyz", "/actuator/health", "/actuator/health/**",
			"/actuator/prometheus" };

	/**
	 * Whether a monitor or proxy calls the path: a health check, on its own path or the
	 * actuator's, or any other actuator URL.
	 */
	static boolean isMonitoring(String path) {
		return path.startsWith("/actuator/") || path.equals("/healthz") || path.equals("/livez")
				|| path.equals("/readyz");
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/actuator/health").setViewName("forward:/healthz");
		registry.addViewController("/actuator/health/liveness").setViewName("forward:/livez");
		registry.addViewController("/actuator/health/readiness").setViewName("forward:/readyz");
	}

}
