package vn.hanoi.plantracker.system;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoProfileActivatorTests {

	private final DemoProfileActivator activator = new DemoProfileActivator();

	@Test
	void aLocalRunOnTheEmbeddedDatabaseTurnsTheDemoProfileOn() {
		MockEnvironment env = new MockEnvironment();
		this.activator.postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getActiveProfiles()).containsExactly("demo");
		assertThat(NoDatasourceConfigured.matches(env)).isTrue();
	}

	@Test
	void anExternalDatabaseNeverGetsDemoAccountsOrTheEmbeddedServer() {
		MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db:5432/plantracker");
		this.activator.postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getActiveProfiles()).isEmpty();
		assertThat(NoDatasourceConfigured.matches(env)).isFalse();
	}

	@Test
	void aProfileChosenExplicitlyIsLeftAlone() {
		MockEnvironment env = new MockEnvironment();
		env.setActiveProfiles("prod");
		this.activator.postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getActiveProfiles()).containsExactly("prod");
	}

}
