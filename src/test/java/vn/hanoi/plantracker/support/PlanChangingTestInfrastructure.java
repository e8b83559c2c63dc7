package vn.hanoi.plantracker.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** {@link TestInfrastructure} on the database {@code plantracker_changes}. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ DemoUsers.class, Fixtures.class })
public class PlanChangingTestInfrastructure {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock();
	}

	@Bean
	DynamicPropertyRegistrar planChangingDatabase() {
		return (registry) -> {
			registry.add("spring.datasource.url", () -> TestDatabase.url("plantracker_changes"));
			registry.add("spring.datasource.username", TestDatabase::username);
			registry.add("spring.datasource.password", TestDatabase::password);
		};
	}

}
