package vn.hanoi.plantracker.system;

import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

/**
 * Filters that come before the session and security filters (both read the database): a
 * correlation id for each request, then the outage answer.
 */
@Configuration(proxyBeanMethods = false)
class ReliabilityConfig {

	@Bean
	FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
		FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(
				new CorrelationIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR,
				jakarta.servlet.DispatcherType.ASYNC);
		return registration;
	}

	/** Before Spring Security, whose CSRF filter would make Tomcat parse the body. */
	@Bean
	FilterRegistrationBean<OversizeUploads> oversizeUploads(MultipartProperties multipart) {
		FilterRegistrationBean<OversizeUploads> registration = new FilterRegistrationBean<>(
				new OversizeUploads(multipart.getMaxRequestSize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/** After OversizeUploads, before Spring Security: the body is parsed here first. */
	@Bean
	FilterRegistrationBean<MultipartFailures> multipartFailures() {
		FilterRegistrationBean<MultipartFailures> registration = new FilterRegistrationBean<>(new MultipartFailures());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	/**
	 * Spring's multipart resolver, except for a request {@link MultipartFailures} has
	 * refused: the error page it is forwarded to must not parse the body again (and fail
	 * again, inside the error page).
	 */
	@Bean(name = org.springframework.web.servlet.DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
	org.springframework.web.multipart.support.StandardServletMultipartResolver multipartResolver(
			MultipartProperties multipart) {
		MultipartFailures.Resolver resolver = new MultipartFailures.Resolver();
		resolver.setResolveLazily(multipart.isResolveLazily());
		return resolver;
	}

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseAvailability database,
			ITemplateEngine templates, LocaleResolver locales, ObjectProvider<MeterRegistry> meters,
			ApplicationAvailability availability) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(database, templates, locales, meters.getIfAvailable(SimpleMeterRegistry::new),
						availability));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * The error page names the request's correlation id, which every log line of that
	 * request carries: a user's report leads straight to the log.
	 */
	@Bean
	DefaultErrorAttributes errorAttributes() {
		return new DefaultErrorAttributes() {

			@Override
			public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
				Map<String, Object> attributes = super.getErrorAttributes(request, options);
				Object id = request.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
				if (id != null) {
					attributes.put("correlationId", id);
				}
				return attributes;
			}

		};
	}

	/**
	 * Tomcat's line for a defect comes after {@link CorrelationIdFilter} has cleared the
	 * request's id, so it cannot name it; the filter logs the defect itself, with the id
	 * and the stack trace, and this line would only repeat it without the reference.
	 */
	@Bean
	SmartInitializingSingleton containerDefectLineOff(LoggingSystem logging) {
		return () -> logging.setLogLevel(CONTAINER_DEFECT_LOGGER, LogLevel.OFF);
	}

	/** The logger of Tomcat's wrapper around Spring's dispatcher servlet. */
	static final String CONTAINER_DEFECT_LOGGER = "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]";

	/**
	 * Two requests of one session (two tabs, a double click) that both add a session
	 * attribute for the first time (the flash message after a save) would both INSERT it,
	 * and the second would fail with a duplicate key (a 500): PostgreSQL's
	 * {@code on conflict do update} makes that insert an upsert.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * The application's pool fails fast while the database is known to be down
	 * ({@link OutageAwareDataSource}), and the pool's own failures to connect tell
	 * {@link DatabaseAvailability} at once (the pool is not started yet here: it opens
	 * its connections through the same driver, URL and properties as it would itself).
	 */
	@Bean
	static BeanPostProcessor outageAwareDataSource(ObjectProvider<DatabaseAvailability> availability) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof HikariDataSource pool)) {
					return bean;
				}
				OutageAwareDataSource.ConnectionAttempts attempts = null;
				if (pool.getDataSource() == null && pool.getJdbcUrl() != null
						&& pool.getDataSourceClassName() == null) {
					attempts = OutageAwareDataSource.reportingFailures(
							new com.zaxxer.hikari.util.DriverDataSource(pool.getJdbcUrl(), pool.getDriverClassName(),
									pool.getDataSourceProperties(), pool.getUsername(), pool.getPassword()),
							availability);
					pool.setDataSource(attempts);
				}
				return new OutageAwareDataSource(pool, availability, attempts);
			}

		};
	}

	/**
	 * Replaces Boot's datasource check, which waits for a pooled connection as long as a
	 * page does: this one answers DOWN within about a second when the server cannot be
	 * reached, and does not read a busy pool as an outage.
	 */
	@Bean
	HealthIndicator dbHealthIndicator(DatabaseAvailability database) {
		return () -> database.reachable() ? Health.up().build() : Health.down().build();
	}

}
