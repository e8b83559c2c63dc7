package vn.hanoi.plantracker.standing;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.JobRuns;
import vn.hanoi.plantracker.system.Today;

/**
 * Folds the figure owner's tally around today ({@code figure_tally_fold}, V460), every
 * night and once after start: due dates more than {@value #PAST_DAYS} days before today
 * are kept as "long due" (with the oldest one of open work, for the most days overdue),
 * those more than {@value #FUTURE_DAYS} days after it as "far ahead", so that a cache
 * miss sums rows by agency and key area, not one row per assignment. The tally serves a
 * day only while the window covers every date its figures look at
 * ({@link FigureSql#TALLY_SERVES}); a night without the job keeps the figures exact (the
 * window only gets narrower until the next fold, {@value #FUTURE_DAYS} minus
 * {@value Metric#DUE_SOON_DAYS} days of slack), and a clock set back reads the history.
 */
@Component
public class FigureFold {

	/**
	 * Days before today whose due dates stay exact: more than any ageing bucket a page
	 * tells apart (the dashboard's last is "over 90 days").
	 */
	public static final int PAST_DAYS = 120;

	/** Days after today whose due dates stay exact: more than {@link Metric#DUE_SOON}. */
	public static final int FUTURE_DAYS = 60;

	private static final Logger log = LoggerFactory.getLogger(FigureFold.class);

	private final JdbcClient jdbc;

	private final Today today;

	private final JobRuns.Job job;

	FigureFold(JdbcClient jdbc, Today today, JobRuns jobs) {
		this.jdbc = jdbc;
		this.today = today;
		this.job = jobs.job("figure-tally-fold");
	}

	@Scheduled(cron = "${plantracker.figures.fold-cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
	@Scheduled(initialDelayString = "${plantracker.figures.fold-after-start:PT30S}")
	@Transactional
	public int run() {
		return this.job.call(() -> {
			LocalDate day = this.today.date();
			if (isFoldedFor(day)) {
				// another node's fold, or this node's before a restart the same day: a
				// rebuild would
				// give the same rows and hold every save for its length
				log.info("Figure tally already folded for {}", day);
				return -1;
			}
			return fold(day);
		});
	}

	/**
	 * Whether the tally's window is already the one {@link #fold(LocalDate)} sets for the
	 * day.
	 */
	public boolean isFoldedFor(LocalDate day) {
		return this.jdbc.sql("""
				select exists (select 1 from figure_tally_horizon
				               where past_before = :past and future_after = :future)
				""")
			.param("past", day.minusDays(PAST_DAYS), java.sql.Types.DATE)
			.param("future", day.plusDays(FUTURE_DAYS), java.sql.Types.DATE)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Folds the tally around {@code day}; returns how many rows it keeps. The scheduled
	 * {@link #run()} returns -1 instead when the window is already the day's.
	 */
	@Transactional
	public int fold(LocalDate day) {
		return fold(day.minusDays(PAST_DAYS), day.plusDays(FUTURE_DAYS));
	}

	/**
	 * Folds the due dates before {@code pastBefore} and after {@code futureAfter}; null
	 * for either: none (what the tally was before V460).
	 */
	@Transactional
	public int fold(LocalDate pastBefore, LocalDate futureAfter) {
		Integer kept = this.jdbc.sql("""
				select figure_tally_fold(coalesce(cast(:past as date), '-infinity'),
				                         coalesce(cast(:future as date), 'infinity'))
				""")
			.param("past", pastBefore, java.sql.Types.DATE)
			.param("future", futureAfter, java.sql.Types.DATE)
			.query(Integer.class)
			.single();
		log.info("Figure tally folded: due dates before {} and after {}, {} rows", pastBefore, futureAfter, kept);
		return kept;
	}

}
