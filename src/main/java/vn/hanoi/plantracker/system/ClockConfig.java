package vn.hanoi.plantracker.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" is the date in Hanoi, whatever the server's time zone: deadlines are Hanoi
 * dates.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(Today.ZONE);
	}

}
