package vn.hanoi.plantracker.system;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts the runs and failures of each scheduled job ({@code plantracker.jobs.runs} and
 * {@code plantracker.jobs.failures}, tagged {@code job}) and keeps the time of its last
 * success ({@code plantracker.jobs.last.success}, seconds since the epoch; 0 before the
 * first), so an operator can alert on a job that fails or stops running. A run is counted
 * on the node that ran it: a job that another node holds the lock of is not run here.
 */
@Component
public class JobRuns {

	private final MeterRegistry meters;

	private final Today today;

	JobRuns(ObjectProvider<MeterRegistry> meters, Today today) {
		this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
		this.today = today;
	}

	/** The job of this name, its meters registered (at 0) at once. */
	public Job job(String name) {
		return new Job(name, this.meters, this.today);
	}

	/** One scheduled job's meters. */
	public static final class Job {

		private final Counter runs;

		private final Counter failures;

		private final AtomicLong lastSuccess = new AtomicLong();

		private final Today today;

		private Job(String name, MeterRegistry meters, Today today) {
			this.today = today;
			this.runs = Counter.builder("plantracker.jobs.runs")
				.tag("job", name)
				.description("Runs of a scheduled job on this node")
				.register(meters);
			this.failures = Counter.builder("plantracker.jobs.failures")
				.tag("job", name)
				.description("Runs of a scheduled job that failed on this node")
				.register(meters);
			TimeGauge.builder("plantracker.jobs.last.success", this.lastSuccess, TimeUnit.MILLISECONDS, AtomicLong::get)
				.tag("job", name)
				.description("When the job last succeeded on this node")
				.register(meters);
		}

		/** Runs the job's work, counting it; a failure is counted and thrown on. */
		public void run(Runnable work) {
			call(() -> {
				work.run();
				return null;
			});
		}

		public <T> T call(Supplier<T> work) {
			this.runs.increment();
			try {
				T result = work.get();
				this.lastSuccess.set(this.today.now().toEpochMilli());
				return result;
			}
			catch (RuntimeException | Error ex) {
				this.failures.increment();
				throw ex;
			}
		}

	}

}
