package vn.hanoi.plantracker.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled jobs run on a node and never on their own in a test: the tests call the job
 * beans at the time they set on the clock. A job the minute hand started in the middle of
 * a test (a digest, a pack, the roll-forward) would change what the test sees.
 */
@IntegrationTest
class SchedulingSwitchTests {

	@Autowired
	ApplicationContext context;

	@Test
	void noJobIsScheduledInTheTestsSharedContext() {
		assertThat(this.context.getBeansOfType(ScheduledTaskHolder.class).values())
			.allSatisfy((holder) -> assertThat(holder.getScheduledTasks()).isEmpty());
		assertThat(this.context.getBeansOfType(SchedulingConfig.class)).isEmpty();
		// the jobs themselves are there, to be called
		assertThat(this.context.getBeansOfType(ExpiredSessionCleanup.class)).hasSize(1);
	}

	@Test
	void aNodeSchedulesItsJobsUnlessTurnedOff() {
		ApplicationContextRunner node = new ApplicationContextRunner().withUserConfiguration(SchedulingConfig.class,
				Job.class);
		node.run((context) -> assertThat(scheduled(context)).isEqualTo(1));
		node.withPropertyValues("plantracker.scheduling.enabled=true")
			.run((context) -> assertThat(scheduled(context)).isEqualTo(1));
		node.withPropertyValues("plantracker.scheduling.enabled=false")
			.run((context) -> assertThat(scheduled(context)).isZero());
	}

	private static long scheduled(ApplicationContext context) {
		return context.getBeansOfType(ScheduledTaskHolder.class)
			.values()
			.stream()
			.mapToLong((holder) -> holder.getScheduledTasks().size())
			.sum();
	}

	static class Job {

		@Scheduled(cron = "0 0 7 * * *", zone = "Asia/Ho_Chi_Minh")
		void run() {
		}

	}

}
