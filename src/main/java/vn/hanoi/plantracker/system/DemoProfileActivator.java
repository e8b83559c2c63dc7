package vn.hanoi.plantracker.system;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A local run on the embedded database with no profile chosen turns the {@code demo}
 * profile on, so that a newcomer can sign in with the demo accounts. With an external
 * database, or any profile set explicitly, nothing is switched on: production never gets
 * demo accounts by accident.
 */
class DemoProfileActivator implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getActiveProfiles().length == 0 && NoDatasourceConfigured.matches(environment)) {
			environment.addActiveProfile("demo");
		}
	}

	@Override
	public int getOrder() {
		// after config data (which resolves spring.profiles.active)
		return Ordered.LOWEST_PRECEDENCE;
	}

}
