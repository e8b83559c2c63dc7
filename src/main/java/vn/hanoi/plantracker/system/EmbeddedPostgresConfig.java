package vn.hanoi.plantracker.system;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 in-process when no datasource is configured, so that a fresh clone
 * runs with {@code ./mvnw spring-boot:run} alone. Its data lives under
 * {@code ./data/postgres} and survives restarts; it runs durably (see
 * {@link EmbeddedDatabase}). Setting {@code SPRING_DATASOURCE_URL} (and user, password)
 * means this is never started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
class EmbeddedPostgresConfig {

	@Bean
	EmbeddedDatabase embeddedDatabase(@Value("${plantracker.embedded-db.dir:data/postgres}") String dir,
			@Value("${plantracker.embedded-db.port:0}") int port) {
		return EmbeddedDatabase.start(Path.of(dir).toAbsolutePath(), port);
	}

	/**
	 * The pool takes the same timeouts as a configured datasource
	 * ({@code spring.datasource.hikari.*} in application.properties), so that an outage
	 * is answered in seconds in both modes.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	DataSource dataSource(EmbeddedDatabase db) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(db.jdbcUrl());
		ds.setUsername(EmbeddedDatabase.SUPERUSER);
		ds.setPassword(db.password());
		ds.setPoolName("embedded-postgres");
		db.closesBeforeStopping(ds);
		return ds;
	}

}
