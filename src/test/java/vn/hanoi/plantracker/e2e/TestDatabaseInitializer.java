package vn.hanoi.plantracker.e2e;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import vn.hanoi.plantracker.support.TestDatabase;

/**
 * The test database's address, set before the context refreshes: with a real web server,
 * filters that need the DataSource (sessions in PostgreSQL, the outage filter) are built
 * when the server starts, before a {@code DynamicPropertyRegistrar} bean would apply.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("spring.datasource.url=" + TestDatabase.url("plantracker_demo"),
					"spring.datasource.username=" + TestDatabase.username(),
					"spring.datasource.password=" + TestDatabase.password())
			.applyTo(context);
	}

}
