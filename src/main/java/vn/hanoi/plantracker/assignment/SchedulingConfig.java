package vn.hanoi.plantracker.assignment;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} jobs, such as the nightly {@link PeriodRollForward}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {

}
