package vn.hanoi.plantracker.round;

import java.time.LocalDate;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

import vn.hanoi.plantracker.support.MutableClock;

/**
 * The demo first started on the day after the first half of 2026 ends: its round open
 * past its due day.
 */
@Import(DemoInJuly2026Tests.Config.class)
class DemoInJuly2026Tests extends DemoDayTests {

	static final LocalDate DAY = LocalDate.of(2026, 7, 2);

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
