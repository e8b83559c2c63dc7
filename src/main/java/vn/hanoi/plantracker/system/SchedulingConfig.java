package vn.hanoi.plantracker.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} jobs for every module (the nightly period roll-forward, the
 * 07:00 digest, the rounds' calendar and escalation, the leadership pack and its retry,
 * the expired-session cleanup), once. {@code plantracker.scheduling.enabled=false} leaves
 * them off: the tests' contexts do (src/test/resources/application-test.properties) and
 * call each job's bean when they mean it to run, so no job fires in the middle of a test
 * because the minute hand moved.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "plantracker.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
class SchedulingConfig {

}
