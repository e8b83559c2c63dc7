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
	void aReaderOfAnOlderVersionGetsTheNewerResultWithoutARead() {
		this.cache.get(5, "k", this::load);
		assertThat(this.cache.get(4, "k", this::load)).isEqualTo(1);
		assertThat(this.cache.get(5, "k", this::load)).isEqualTo(1);
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void aResultReadInATransactionThatMayWriteIsServedAtItsOwnVersionOnly() {
		org.springframework.transaction.support.TransactionSynchronizationManager.setActualTransactionActive(true);
		try {
			assertThat(this.cache.get(5, "k", this::load)).isEqualTo(1);
			assertThat(this.cache.get(5, "k", this::load)).as("its own version, again").isEqualTo(1);
		}
		finally {
			org.springframework.transaction.support.TransactionSynchronizationManager.setActualTransactionActive(false);
		}
		// the transaction may have been rolled back: a reader of an older version reads
		// for itself
		assertThat(this.cache.get(4, "k", this::load)).as("an older version").isEqualTo(2);
		assertThat(this.cache.get(5, "k", this::load)).isEqualTo(1);
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void aFullCacheMakesRoomWithTheLeastRecentlyUsedResult() {
		VersionedCache<String, Integer> small = new VersionedCache<>(3, true);
		for (String key : List.of("a", "b", "c")) {
			small.get(1, key, this::load);
		}
		small.get(1, "a", this::load); // used again: b is now the least recently used
		for (int i = 0; i < 20; i++) {
			small.get(1, "d" + i, this::load); // each new key evicts the least recently
												// used
			small.get(1, "a", this::load);
			small.get(1, "c", this::load);
		}
		int before = this.loads.get();
		small.get(1, "a", this::load);
		small.get(1, "c", this::load);
		assertThat(this.loads).as("the results in use stay kept").hasValue(before);
		small.get(1, "b", this::load);
		assertThat(this.loads).as("the one nobody used was evicted").hasValue(before + 1);
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

	@Test
	void concurrentReadersShareOneReadEvenWhenNothingIsKept() throws Exception {
		// the caches off, a full cache: nothing is kept, but a burst of readers of one
		// key
		// still costs one read
		VersionedCache<String, Integer> off = new VersionedCache<>(10, false);
		assertThat(burst(off, 1, "k", 8, this::load)).containsOnly(1);
		assertThat(this.loads).hasValue(1);
		assertThat(off.get(1, "k", this::load)).as("not kept").isEqualTo(2);

		VersionedCache<String, Integer> full = new VersionedCache<>(1, true);
		full.get(1, "other", this::load);
		assertThat(burst(full, 1, "k", 8, this::load)).containsOnly(4);
		assertThat(this.loads).hasValue(4);

		// readers of an older version than the kept one (their stamps taken before the
		// change another reader read): the kept, newer result, no read at all
		full.get(2, "k", this::load);
		for (int i = 0; i < 8; i++) {
			assertThat(full.get(1, "k", this::load)).as("an older version").isEqualTo(5);
		}
		assertThat(this.loads).hasValue(5);
	}

	@Test
	void aFailedReadFailsEveryReaderThatWaitedForItAndTheNextReaderReadsAgain() throws Exception {
		List<Object> outcomes = burst(this.cache, 1, "k", 8, () -> {
			this.loads.incrementAndGet();
			throw new IllegalStateException("Java heap space");
		});
		assertThat(this.loads).as("one read for eight readers").hasValue(1);
		assertThat(outcomes).hasSize(8)
			.allSatisfy((outcome) -> assertThat(outcome).isInstanceOf(IllegalStateException.class)
				.hasFieldOrPropertyWithValue("message", "Java heap space"));
		assertThat(this.cache.get(1, "k", this::load)).as("not kept: read again").isEqualTo(2);
		assertThat(this.cache.get(1, "k", this::load)).isEqualTo(2);
	}

	/**
	 * {@code readers} threads read {@code key} at once: the first reads, held until all
	 * the others wait for it. Each thread's result, or what it threw.
	 */
	private static List<Object> burst(VersionedCache<String, Integer> cache, long version, String key, int readers,
			java.util.function.Supplier<Integer> loader) throws InterruptedException {
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Object[] outcomes = new Object[readers];
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < readers; i++) {
			int n = i;
			Thread thread = new Thread(() -> {
				try {
					outcomes[n] = cache.get(version, key, () -> {
						reading.countDown();
						await(release);
						return loader.get();
					});
				}
				catch (RuntimeException ex) {
					outcomes[n] = ex;
				}
			});
			threads.add(thread);
			thread.start();
			if (i == 0) {
				assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
			}
		}
		// every other reader parked, waiting for the first one's read
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		for (Thread thread : threads.subList(1, readers)) {
			while (thread.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			assertThat(thread.getState()).isEqualTo(Thread.State.WAITING);
		}
		release.countDown();
		for (Thread thread : threads) {
			thread.join(5000);
			assertThat(thread.isAlive()).isFalse();
		}
		return java.util.Arrays.asList(outcomes);
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
