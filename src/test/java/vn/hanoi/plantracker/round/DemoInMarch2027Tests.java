package vn.hanoi.plantracker.round;

import java.time.LocalDate;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

import vn.hanoi.plantracker.support.MutableClock;

/**
 * The demo first started on a day in 2027, between the rounds: every round so far closed.
 */
@Import(DemoInMarch2027Tests.Config.class)
class DemoInMarch2027Tests extends DemoDayTests {

	static final LocalDate DAY = LocalDate.of(2027, 3, 18);

	@Override
	LocalDate day() {
		return DAY;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new Day(DAY).clock();
		}

		@Bean
		DynamicPropertyRegistrar demoDatabase() {
			return new Day(DAY).database();
		}

	}

}
