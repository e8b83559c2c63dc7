package vn.hanoi.plantracker.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

@TestConfiguration(proxyBeanMethods = false)
@org.springframework.context.annotation.Import({ DemoUsers.class, Fixtures.class, StatementCounter.class,
		HandlerPhase.class })
public class TestInfrastructure {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock();
	}

	@Bean
	DynamicPropertyRegistrar testDatabase() {
		return (registry) -> {
			registry.add("spring.datasource.url", () -> TestDatabase.url("plantracker_demo"));
			registry.add("spring.datasource.username", TestDatabase::username);
			registry.add("spring.datasource.password", TestDatabase::password);
		};
	}

}
