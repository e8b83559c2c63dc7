package vn.hanoi.plantracker.system;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice needs from the system module to apply the
 * application's own security rules, locale handling and layout: the real filter chain,
 * not a test double of it; and the period names the pages use.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfig.class, LocaleConfig.class, PeriodNames.class })
public class WebSliceSecurity {

	@Bean
	Today today() {
		return new Today(Clock.system(Today.ZONE));
	}

	/**
	 * The pages' sections rendered on every view: a slice has no data version (no
	 * database), and its mocks answer differently from test to test.
	 */
	@Bean
	SectionCache sectionCache(org.springframework.beans.factory.ObjectProvider<org.thymeleaf.ITemplateEngine> engine,
			Today today,
			org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters) {
		return new SectionCache(engine, null, today, meters, false, 0);
	}

}
