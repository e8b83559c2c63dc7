package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.plan.Periods;
import vn.hanoi.plantracker.plan.Periods.Period;
import vn.hanoi.plantracker.plan.TaskSchedules;
import vn.hanoi.plantracker.plan.TaskSchedules.TaskSchedule;
import vn.hanoi.plantracker.system.JobRuns;
import vn.hanoi.plantracker.system.Today;

/**
 * Every night, makes sure each yearly, school-year and ongoing task has its current and
 * next period's assignments for every agency named on it that is active on the due date.
 * Idempotent ({@code on conflict do nothing}), so a second run, a restart or a second
 * instance creates nothing new and needs no lock.
 */
@Component
public class PeriodRollForward {

	private static final Logger log = LoggerFactory.getLogger(PeriodRollForward.class);

	private final TaskSchedules schedules;

	private final AssignmentPlanning planning;

	private final Today today;

	private final JobRuns.Job job;

	PeriodRollForward(TaskSchedules schedules, AssignmentPlanning planning, Today today, JobRuns jobs) {
		this.job = jobs.job("period-roll-forward");
		this.schedules = schedules;
		this.planning = planning;
		this.today = today;
	}

	@Scheduled(cron = "${plantracker.roll-forward.cron:0 15 0 * * *}", zone = "Asia/Ho_Chi_Minh")
	@Transactional
	public int run() {
		return this.job.call(this::rollForward);
	}

	private int rollForward() {
		LocalDate date = this.today.date();
		List<Long> taskIds = new ArrayList<>();
		List<Period> periods = new ArrayList<>();
		for (TaskSchedule task : this.schedules.recurring()) {
			for (Period period : Periods.currentAndNext(task.schedule(), date)) {
				taskIds.add(task.taskId());
				periods.add(period);
			}
		}
		int created = this.planning.create(taskIds, periods, List.of(), this.today.now());
		log.info("Periods rolled forward for {}: {} assignments created", date, created);
		return created;
	}

}
