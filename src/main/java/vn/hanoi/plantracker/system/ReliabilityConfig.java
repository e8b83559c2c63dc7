package vn.hanoi.plantracker.system;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
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

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseAvailability database,
			ITemplateEngine templates, LocaleResolver locales) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(database, templates, locales));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

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
	 * Replaces Boot's datasource check, which waits for a pooled connection as long as a
	 * page does: this one answers DOWN within about a second when the server cannot be
	 * reached, and does not read a busy pool as an outage.
	 */
	@Bean
	HealthIndicator dbHealthIndicator(DatabaseAvailability database) {
		return () -> database.reachable() ? Health.up().build() : Health.down().build();
	}

}
