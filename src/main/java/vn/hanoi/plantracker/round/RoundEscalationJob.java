package vn.hanoi.plantracker.round;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.system.JobRuns;
import vn.hanoi.plantracker.system.Today;

/**
 * Every morning, escalates to leadership the agencies still missing their round report
 * {@code plantracker.rounds.escalation-days} days after the due day. ShedLock keeps two
 * nodes from running together; the per-agency claim in
 * {@link RoundDashboard#escalateOverdue} keeps any later run, or the coordinator's button
 * before it, from escalating the same agency of the same round twice.
 */
@Component
class RoundEscalationJob {

	private static final Logger log = LoggerFactory.getLogger(RoundEscalationJob.class);

	private final RoundDashboard dashboard;

	private final Today today;

	private final JobRuns.Job job;

	RoundEscalationJob(RoundDashboard dashboard, Today today, JobRuns jobs) {
		this.job = jobs.job("reporting-round-escalation");
		this.dashboard = dashboard;
		this.today = today;
	}

	@Scheduled(cron = "${plantracker.rounds.escalation-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "reporting-round-escalation", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void run() {
		this.job.run(() -> {
			int escalated = this.dashboard.escalateOverdue(this.today.date());
			if (escalated > 0) {
				log.info("Reporting rounds: {} missing report(s) escalated to leadership", escalated);
			}
		});
	}

}
