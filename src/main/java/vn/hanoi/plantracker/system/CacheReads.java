package vn.hanoi.plantracker.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the read caches ({@link VersionedCache}, {@link PerAgencyCache}) share: their hit
 * and miss counters, and the rule for a reader in a transaction that may write.
 */
final class CacheReads {

	private CacheReads() {
	}

	/**
	 * The counter of a cache's reads from memory ({@code hit}) or from the database
	 * ({@code miss}).
	 */
	static Counter counter(String name, String result) {
		return Counter.builder("plantracker.read-cache.requests")
			.tag("cache", name)
			.tag("result", result)
			.description("Reads of a read cache: from memory (hit) or from the database (miss)")
			.register(Metrics.globalRegistry);
	}

	/**
	 * Whether this thread is in a transaction that may write: what it reads may include
	 * its own changes, which a rollback would undo, so it is never kept.
	 */
	static boolean writing() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

}
