package vn.hanoi.plantracker.round;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.system.JobRuns;
import vn.hanoi.plantracker.system.Today;

/**
 * Every morning, opens the rounds the plans' reporting calendars call for. Idempotent:
 * the round's unique key (plan, kind, year) makes a second run, or a second node, a
 * no-op.
 */
@Component
class RoundCalendar {

	private static final Logger log = LoggerFactory.getLogger(RoundCalendar.class);

	private final Rounds rounds;

	private final Today today;

	private final JobRuns.Job job;

	RoundCalendar(Rounds rounds, Today today, JobRuns jobs) {
		this.job = jobs.job("reporting-round-calendar");
		this.rounds = rounds;
		this.today = today;
	}

	@Scheduled(cron = "${plantracker.rounds.calendar-cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "reporting-round-calendar", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void run() {
		this.job.run(() -> {
			int opened = this.rounds.openFromCalendar(this.today.date());
			if (opened > 0) {
				log.info("Reporting calendar: {} round(s) opened", opened);
			}
		});
	}

}
