package vn.hanoi.plantracker.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class VersionedCacheTests {

	private final AtomicInteger loads = new AtomicInteger();

	private final VersionedCache<String, Integer> cache = new VersionedCache<>(10, true);

	@Test
	void aResultIsReadOncePerVersionAndANewerVersionReadsAgain() {
		assertThat(this.cache.get(1, "k", this::load)).isEqualTo(1);
		assertThat(this.cache.get(1, "k", this::load)).isEqualTo(1);
		assertThat(this.cache.get(2, "k", this::load)).isEqualTo(2);
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void aReaderOfAnOlderVersionIsAnsweredFromTheDatabaseAndNothingIsKept() {
		this.cache.get(5, "k", this::load);
		assertThat(this.cache.get(4, "k", this::load)).isEqualTo(2);
		assertThat(this.cache.get(5, "k", this::load)).isEqualTo(1);
	}

	@Test
	void aFailedReadIsNotKept() {
		assertThatIllegalStateException().isThrownBy(() -> this.cache.get(1, "k", () -> {
			throw new IllegalStateException("database down");
		}));
		assertThat(this.cache.get(1, "k", this::load)).isEqualTo(1);
	}

	@Test
	void concurrentReadersOfOneMissingEntryWaitForOneRead() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			results.add(pool.submit(() -> this.cache.get(1, "k", () -> {
				started.countDown();
				await(release);
				return load();
			})));
			started.await(5, TimeUnit.SECONDS);
			for (int i = 0; i < 7; i++) {
				results.add(pool.submit(() -> this.cache.get(1, "k", this::load)));
			}
			release.countDown();
			for (Future<Integer> result : results) {
				assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo(1);
			}
			assertThat(this.loads).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void offMeansEveryReadGoesToTheDatabase() {
		VersionedCache<String, Integer> off = new VersionedCache<>(10, false);
		off.get(1, "k", this::load);
		off.get(1, "k", this::load);
		assertThat(this.loads).hasValue(2);
	}

	private Integer load() {
		return this.loads.incrementAndGet();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
